package cn.shangliang.council;

import cn.shangliang.common.web.Created;

import cn.shangliang.common.web.DomainException;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Councils, their members and the cadence watch; scheduling meetings and the public list of resolutions. */
@Path("/api/councils")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "councils")
@Authenticated
public class CouncilApi {

    @Inject
    CouncilService service;

    @Inject
    CouncilViews views;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingViews meetingViews;

    @Inject
    FollowUpViews followUps;

    public record ChairRequest(Long memberId) {
    }

    public record History(List<CouncilViews.MemberView> former, List<CouncilViews.HistoryView> events) {
    }

    @GET
    @PermitAll
    @Operation(summary = "All councils with their cadence watch")
    public List<CouncilViews.CouncilSummary> list() {
        return views.all();
    }

    @POST
    @Operation(summary = "Create the council of a community (community staff)")
    public Response create(CouncilService.CouncilForm form) {
        return Created.at("/api/councils/", service.create(form));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A council: members, chair, quorum and cadence")
    public CouncilViews.CouncilView get(@PathParam("id") long id) {
        return views.view(id);
    }

    @GET
    @Path("{id}/history")
    @PermitAll
    @Operation(summary = "Former members and every membership change")
    public History history(@PathParam("id") long id) {
        views.council(id);
        return new History(views.formerMembers(id), views.history(id));
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Add a member (community staff); grants COUNCIL_MEMBER in the same transaction")
    public Response addMember(@PathParam("id") long id, CouncilService.MemberForm form) {
        return Created.at("/api/councils/" + id + "/members/", service.addMember(id, form));
    }

    @DELETE
    @Path("{id}/members/{memberId}")
    @Operation(summary = "End a membership (kept in the history); revokes the council grants")
    public void removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                             @QueryParam("reason") String reason) {
        service.removeMember(id, memberId, new CouncilService.RemovalForm(reason));
    }

    @PUT
    @Path("{id}/chair")
    @Operation(summary = "Make a member the chair; the previous chair's grant is revoked")
    public void setChair(@PathParam("id") long id, ChairRequest request) {
        if (request == null || request.memberId() == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("memberId", "field.council.member")));
        }
        service.setChair(id, request.memberId());
    }

    @GET
    @Path("{id}/meetings")
    @PermitAll
    @Operation(summary = "The council's meetings (drafts only for those who keep the records)")
    public List<MeetingViews.MeetingSummary> meetings(@PathParam("id") long id) {
        return meetingViews.ofCouncil(id);
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Schedule a meeting (chair or staff)")
    public Response schedule(@PathParam("id") long id, MeetingService.ScheduleForm form) {
        return Created.at("/api/meetings/", meetings.schedule(id, form));
    }

    @GET
    @Path("{id}/resolutions")
    @PermitAll
    @Operation(summary = "The council's resolutions and the state of their follow-up")
    public List<FollowUpViews.ResolutionRow> resolutions(@PathParam("id") long id) {
        return followUps.resolutions(id);
    }
}
