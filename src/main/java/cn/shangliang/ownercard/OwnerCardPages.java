package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import jakarta.ws.rs.core.MultivaluedMap;

import java.net.URI;
import java.util.List;

/**
 * Staff pages for owner cards. Issuing answers the POST with the printable slips instead of redirecting:
 * the initial PIN exists only in that one response (never stored in clear, never cached), which is the point.
 */
@Path("/cards")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
public class OwnerCardPages {

    @CheckedTemplate(basePath = "ownercard")
    static class Templates {
        static native TemplateInstance cards(List<OwnerCardOverview.EstateRow> estates);

        static native TemplateInstance estateCards(OwnerCardOverview.EstateRow estate,
                                                   List<OwnerCardService.OwnerRow> owners, int page, boolean more,
                                                   boolean canIssue, String find);

        static native TemplateInstance card(CardView card, boolean canManage, FormState form);

        static native TemplateInstance slips(List<CardSlip> slips, Long estateId);
    }

    @CheckedTemplate(basePath = "print")
    static class Printed {
        static native TemplateInstance slips(List<CardSlip> slips);
    }

    @Inject
    OwnerCardService cards;

    @Inject
    cn.shangliang.common.print.Pdf pdf;

    @Inject
    OwnerCardOverview overview;

    @Inject
    FormPipeline forms;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance index() {
        return Templates.cards(overview.estates());
    }

    @GET
    @Path("estates/{estateId}")
    public TemplateInstance estate(@PathParam("estateId") long estateId, @QueryParam("find") String find,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        List<OwnerCardService.OwnerRow> owners = cards.owners(estateId, find, page);
        OwnerCardOverview.EstateRow estate = overview.estate(estateId);
        return Templates.estateCards(estate, owners, Math.max(page, 0), owners.size() == OwnerCardService.PAGE_SIZE,
                overview.may(estateId, CardAction.ISSUE), find == null ? "" : find.strip());
    }

    @POST
    @Path("estates/{estateId}/issue-all")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response issueAll(@PathParam("estateId") long estateId, @QueryParam("format") String format) {
        return slips(cards.issueAll(estateId), estateId, format);
    }

    @POST
    @Path("owners/{ownerId}/issue")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response issue(@PathParam("ownerId") long ownerId, @QueryParam("format") String format) {
        CardSlip slip = cards.issue(ownerId);
        return slips(List.of(slip), null, format);
    }

    @GET
    @Path("{id}")
    public TemplateInstance card(@PathParam("id") long id) {
        return card(id, FormState.empty());
    }

    private TemplateInstance card(long id, FormState revokeForm) {
        CardView card = cards.view(id);
        return Templates.card(card, overview.may(card.estateId(), CardAction.UNLOCK), revokeForm);
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response unlock(@PathParam("id") long id) {
        cards.unlock(id);
        return backTo(id);
    }

    @POST
    @Path("{id}/lost")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response markLost(@PathParam("id") long id) {
        cards.markLost(id);
        return backTo(id);
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response revoke(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, OwnerCardApi.RevokeRequest.class, r -> {
            cards.revoke(id, r.reason());
            return backTo(id);
        }, state -> card(id, state));
    }

    @POST
    @Path("{id}/reissue")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response reissue(@PathParam("id") long id, @QueryParam("format") String format) {
        CardSlip slip = cards.reissue(id);
        return slips(List.of(slip), null, format);
    }

    private static Response backTo(long id) {
        return Response.seeOther(URI.create("/cards/" + id)).build();
    }

    /** The slips of the cards just issued: the only time their PINs exist in clear, so HTML or PDF (three to an A4 page) now. */
    private Response slips(List<CardSlip> slips, Long estateId, String format) {
        if ("pdf".equals(format)) {
            return pdf.response(pdf.render(Printed.slips(slips)), "owner-card-slips");
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Templates.slips(slips, estateId)).cacheControl(noStore).build();
    }
}
