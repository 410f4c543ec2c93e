package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;

import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.council.CouncilViews.CouncilName;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Council pages: the list, a council with its members and cadence, membership, scheduling, resolutions. */
@Path("/councils")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CouncilPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance list(List<CouncilViews.CouncilSummary> councils,
                                            List<CommunityOption> staffCommunities, FormState form);

        static native TemplateInstance show(CouncilViews.CouncilView council, Can can, SeatCategory[] seats,
                                            List<MeetingViews.MeetingSummary> meetings, FormState form);

        static native TemplateInstance history(CouncilName council, List<CouncilViews.MemberView> former,
                                               List<CouncilViews.HistoryView> events);

        static native TemplateInstance schedule(CouncilName council, MeetingKind[] kinds, FormState form);

        static native TemplateInstance resolutions(CouncilName council, List<FollowUpViews.ResolutionRow> rows);
    }

    /** What the visitor may do on the council page. */
    public record Can(boolean manage, boolean schedule) {
    }

    @Inject
    CouncilViews views;

    @Inject
    CouncilService service;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingViews meetingViews;

    @Inject
    FollowUpViews followUps;

    @Inject
    CouncilActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormPipeline forms;

    @GET
    @PermitAll
    public TemplateInstance list() {
        return list(FormState.empty());
    }

    private TemplateInstance list(FormState form) {
        Set<Long> staffOf = currentUser.communitiesWhere(Role.COMMUNITY_STAFF);
        return Templates.list(views.all(), views.withoutCouncil(staffOf), form);
    }

    @POST
    public Response create(MultivaluedMap<String, String> form) {
        return forms.submit(form, CouncilService.CouncilForm.class, f -> see("/councils/" + service.create(f)), this::list);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, FormState.empty());
    }

    private TemplateInstance show(long id, FormState form) {
        CouncilViews.CouncilView council = views.view(id);
        Actor actor = actors.actor(council.communityId());
        Can can = new Can(CouncilPermissions.allows(actor, CouncilAction.MANAGE_MEMBERS),
                CouncilPermissions.allows(actor, CouncilAction.SCHEDULE_MEETING));
        return Templates.show(council, can, SeatCategory.values(), meetingViews.ofCouncil(id), form);
    }

    @GET
    @Path("{id}/history")
    @PermitAll
    public TemplateInstance history(@PathParam("id") long id) {
        return Templates.history(views.name(id), views.formerMembers(id), views.history(id));
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, CouncilService.MemberForm.class, f -> {
            service.addMember(id, f);
            return see("/councils/" + id);
        }, state -> show(id, state));
    }

    @POST
    @Path("{id}/members/{memberId}/remove")
    public Response removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId, @RestForm String reason) {
        service.removeMember(id, memberId, reason);
        return see("/councils/" + id);
    }

    @POST
    @Path("{id}/members/{memberId}/chair")
    public Response setChair(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        service.setChair(id, memberId);
        return see("/councils/" + id);
    }

    @GET
    @Path("{id}/meetings/new")
    public TemplateInstance scheduleForm(@PathParam("id") long id) {
        Council council = views.council(id);
        actors.require(council.communityId, CouncilAction.SCHEDULE_MEETING);
        return Templates.schedule(CouncilName.of(council), MeetingKind.values(), FormState.of(Map.of("time", "19:00")));
    }

    @POST
    @Path("{id}/meetings")
    public Response schedule(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, MeetingService.ScheduleForm.class, f -> see("/meetings/" + meetings.schedule(id, f)),
                state -> Templates.schedule(views.name(id), MeetingKind.values(), state));
    }

    @GET
    @Path("{id}/resolutions")
    @PermitAll
    public TemplateInstance resolutions(@PathParam("id") long id) {
        return Templates.resolutions(views.name(id), followUps.resolutions(id));
    }

    static Response see(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
