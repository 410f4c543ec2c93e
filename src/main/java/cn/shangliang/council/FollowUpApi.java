package cn.shangliang.council;

import cn.shangliang.common.web.Created;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Follow-up of resolutions: assignment, progress, report, closing, reopening and rating. */
@Path("/api")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "follow-ups")
@Authenticated
public class FollowUpApi {

    @Inject
    FollowUpService service;

    @Inject
    FollowUpViews views;

    @POST
    @Path("resolutions/{id}/follow-up")
    @Operation(summary = "Hand a passed resolution to a responsible party with a due date")
    public Response assign(@PathParam("id") long resolutionId, FollowUpService.Assignment a) {
        return Created.at("/api/follow-ups/", service.assign(resolutionId, a == null ? null : a.responsible(),
                a == null ? null : a.dueDate()));
    }

    @GET
    @Path("follow-ups/{id}")
    @PermitAll
    @Operation(summary = "A follow-up with its steps and ratings")
    public FollowUpViews.FollowUpView get(@PathParam("id") long id) {
        return views.view(id);
    }

    @POST
    @Path("follow-ups/{id}/progress")
    @Operation(summary = "Add a progress note")
    public void progress(@PathParam("id") long id, FollowUpService.Text t) {
        service.progress(id, FollowUpService.Text.of(t));
    }

    @POST
    @Path("follow-ups/{id}/report")
    @Operation(summary = "Report the result (published; the proposer and co-signers may rate it)")
    public void report(@PathParam("id") long id, FollowUpService.Text t) {
        service.report(id, FollowUpService.Text.of(t));
    }

    @POST
    @Path("follow-ups/{id}/close")
    @Operation(summary = "Close a reported follow-up")
    public void close(@PathParam("id") long id, FollowUpService.Text t) {
        service.close(id, FollowUpService.Text.of(t));
    }

    @POST
    @Path("follow-ups/{id}/reopen")
    @Operation(summary = "Send a report back for more work, with a reason")
    public void reopen(@PathParam("id") long id, FollowUpService.Text t) {
        service.reopen(id, FollowUpService.Text.of(t));
    }

    @POST
    @Path("follow-ups/{id}/rating")
    @Operation(summary = "The proposer or a co-signer rates the latest report, once")
    public void rate(@PathParam("id") long id, FollowUpService.Rating r) {
        service.rate(id, r == null ? null : r.rating(), r == null ? null : r.comment());
    }
}
