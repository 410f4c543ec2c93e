package cn.shangliang.hearing;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.hearing.HearingInput.ApplicationRequest;
import cn.shangliang.hearing.HearingInput.CancelRequest;
import cn.shangliang.hearing.HearingInput.HearingRequest;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.hearing.HearingViews.HearingSummary;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.common.security.Role;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hearings as JSON: planning, announcement, registration and cancellation. */
@Path("/api/hearings")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hearings")
public class HearingApi {

    @Inject
    HearingService hearings;

    @Inject
    RegistrationService registration;

    @GET
    @PermitAll
    @Operation(summary = "Hearings, newest hearing date first (drafts only for their community's staff)")
    public List<HearingSummary> list(@QueryParam("community") Long community, @QueryParam("page") @DefaultValue("0") int page) {
        return hearings.list(community, page);
    }

    @POST
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Plan a hearing (a draft) in a community")
    public Response create(@QueryParam("community") Long community, HearingRequest request) {
        if (community == null) {
            throw DomainException.badInput("hearing.community-required");
        }
        HearingView view = hearings.create(community, request);
        return Response.created(URI.create("/api/hearings/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A hearing")
    public HearingView get(@PathParam("id") long id) {
        return hearings.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Change a draft hearing")
    public HearingView update(@PathParam("id") long id, HearingRequest request) {
        return hearings.update(id, request);
    }

    @POST
    @Path("{id}/announce")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Announce the hearing on the public board")
    public HearingView announce(@PathParam("id") long id) {
        return hearings.announce(id);
    }

    @POST
    @Path("{id}/registration/open")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Open registration on or after the announced first day")
    public HearingView openRegistration(@PathParam("id") long id) {
        return hearings.openRegistration(id);
    }

    @POST
    @Path("{id}/registration/close")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Close registration after the announced last day and publish the applicant list")
    public HearingView closeRegistration(@PathParam("id") long id) {
        return hearings.closeRegistration(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Cancel the hearing, with a reason, before it sits")
    public HearingView cancel(@PathParam("id") long id, CancelRequest request) {
        return hearings.cancel(id, request);
    }

    @POST
    @Path("{id}/applications")
    @RolesAllowed(Role.N_RESIDENT)
    @Operation(summary = "Apply as representative or register as observer (residents of the community, once)")
    public Response apply(@PathParam("id") long id, ApplicationRequest request) {
        return Response.status(Response.Status.CREATED).entity(registration.register(id, request)).build();
    }

    @GET
    @Path("{id}/applications")
    @PermitAll
    @Operation(summary = "Representative applications (public once registration closed)")
    public List<ApplicationView> applications(@PathParam("id") long id) {
        return registration.applicants(id);
    }

    @GET
    @Path("{id}/applications/mine")
    @Authenticated
    @Operation(summary = "The caller's own application")
    public ApplicationView mine(@PathParam("id") long id) {
        return registration.mine(id).orElseThrow(() -> DomainException.notFound("not-found.application"));
    }
}
