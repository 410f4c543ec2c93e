package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Owner cards as JSON: staff issue and manage them; an owner sees their own card and changes the PIN. */
@Path("/api/cards")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "owner cards")
public class OwnerCardApi {

    @Inject
    OwnerCardService cards;

    @Inject
    CardLogin cardLogin;

    public record IssueRequest(@NotNull Long ownerId) {
    }

    public record BulkIssueRequest(@NotNull Long estateId) {
    }

    public record RevokeRequest(@NotBlank String reason) {
    }

    public record PinChange(@NotBlank String currentPin, @NotBlank String newPin) {
    }

    @GET
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
    @Operation(summary = "An estate's cards, newest first, 50 a page, optionally of one status")
    public List<CardView> list(@QueryParam("estate") long estateId, @QueryParam("status") OwnerCardStatus status,
                               @QueryParam("page") @DefaultValue("0") int page) {
        return cards.cards(estateId, status, page);
    }

    @GET
    @Path("owners")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
    @Operation(summary = "An estate's owners with their flats and live card, 50 a page; find: a flat, a name or a card number")
    public List<OwnerCardService.OwnerRow> owners(@QueryParam("estate") long estateId, @QueryParam("find") String find,
                                                  @QueryParam("page") @DefaultValue("0") int page) {
        return cards.owners(estateId, find, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
    @Operation(summary = "One card (never its PIN)")
    public CardView get(@PathParam("id") long id) {
        return cards.view(id);
    }

    @POST
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Issue a card to an owner; the response holds the initial PIN, shown this once")
    public Response issue(@Valid @NotNull IssueRequest request) {
        return slips(cards.issue(request.ownerId()));
    }

    @POST
    @Path("bulk")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Issue a card to every owner of the estate who has none; initial PINs shown this once")
    public Response issueAll(@Valid @NotNull BulkIssueRequest request) {
        return slips(cards.issueAll(request.estateId()));
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Unlock a card locked by wrong PINs")
    public CardView unlock(@PathParam("id") long id) {
        return cards.unlock(id);
    }

    @POST
    @Path("{id}/lost")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Mark a card lost: it stops working at once")
    public CardView markLost(@PathParam("id") long id) {
        return cards.markLost(id);
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Revoke a card for good, with a reason")
    public CardView revoke(@PathParam("id") long id, @Valid @NotNull RevokeRequest request) {
        return cards.revoke(id, request.reason());
    }

    @POST
    @Path("{id}/reissue")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Replace a card with a new number and PIN; the old card stops working at once")
    public Response reissue(@PathParam("id") long id) {
        return slips(cards.reissue(id));
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "The caller's own card (card login only)")
    public CardView mine() {
        return cardLogin.ownCard();
    }

    @PUT
    @Path("me/pin")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "Change the caller's PIN (required before anything else after issue)")
    public Response changePin(@Valid @NotNull PinChange change) {
        cardLogin.changePin(change.currentPin(), change.newPin(), null);
        return Response.noContent().build();
    }

    /** Initial PINs must not linger in any cache. */
    private static Response slips(Object entity) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(201).cacheControl(noStore).entity(entity).build();
    }
}
