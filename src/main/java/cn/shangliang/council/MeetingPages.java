package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
import cn.shangliang.common.web.QrCheckIn;

import cn.shangliang.proposal.ProposalQueries;
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

import java.util.List;
import java.util.function.Consumer;

/**
 * The meeting page the chair runs the meeting from: agenda, check-in, live quorum (reload the page), the
 * record and vote per item, closing, minutes. Every control is a plain form; no JavaScript is needed.
 */
@Path("/meetings/{id}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class MeetingPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance meeting(MeetingViews.MeetingView m, Can can, List<ProposalQueries.ListItem> accepted,
                                               PageForms forms);

        static native TemplateInstance minutes(MeetingViews.MeetingView m, String text);
    }

    /**
     * What the visitor may do on the meeting page: the permissions table says who, the workflow table
     * ({@link MeetingWorkflow#TRANSITIONS}) says when, so the template does not re-encode states as strings.
     */
    public record Can(boolean schedule, boolean attendance, boolean selfCheckIn, boolean record, boolean confirm,
                      boolean followUp, Steps steps) {
    }

    /**
     * Where the meeting can go from its state, each a step the page may offer; {@code edit}: its date, time,
     * place and title may change ({@link MeetingWorkflow#checkEdit}).
     */
    public record Steps(boolean edit, boolean editAgenda, boolean publish, boolean open, boolean withdraw,
                        boolean cancel, boolean inProgress, boolean confirmMinutes, boolean publishMinutes,
                        boolean minutes) {

        static Steps of(MeetingStatus s) {
            var t = MeetingWorkflow.TRANSITIONS;
            return new Steps(MeetingWorkflow.checkEdit(s).isEmpty(), s == MeetingStatus.DRAFT,
                    t.allows(s, MeetingStatus.AGENDA_PUBLISHED), t.allows(s, MeetingStatus.IN_PROGRESS),
                    t.allows(s, MeetingStatus.DRAFT), t.allows(s, MeetingStatus.CANCELLED),
                    t.allows(s, MeetingStatus.CLOSED), t.allows(s, MeetingStatus.MINUTES_CONFIRMED),
                    t.allows(s, MeetingStatus.MINUTES_PUBLISHED),
                    s == MeetingStatus.CLOSED || s == MeetingStatus.MINUTES_CONFIRMED || s == MeetingStatus.MINUTES_PUBLISHED);
        }
    }

    @Inject
    MeetingService service;

    @Inject
    MeetingFloor floor;

    @Inject
    MeetingViews views;

    @Inject
    MinutesService minutes;

    @Inject
    CouncilActors actors;

    @Inject
    ProposalQueries proposals;

    @Inject
    FormPipeline forms;

    @GET
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, PageForms.fresh());
    }

    /**
     * The meeting page with {@code forms}: the one that was refused as typed (also used by {@link FollowUpPages}).
     * Public like the page: without its own annotation the class-level {@code @Authenticated} would apply to this
     * non-private method, and ArC intercepts the self-call from {@link #show(long)}, turning visitors away.
     */
    @PermitAll
    TemplateInstance show(long id, PageForms forms) {
        MeetingViews.MeetingView m = views.view(id);
        Actor actor = actors.actor(m.communityId());
        boolean member = actor.userId() > 0 && CouncilMember.currentOf(m.councilId(), actor.userId())
                .filter(cm -> m.attendance().stream().noneMatch(a -> cm.id.equals(a.memberId()))).isPresent();
        Can can = new Can(CouncilPermissions.allows(actor, CouncilAction.SCHEDULE_MEETING),
                CouncilPermissions.allows(actor, CouncilAction.RECORD_ATTENDANCE),
                member && CouncilPermissions.allows(actor, CouncilAction.CHECK_IN),
                CouncilPermissions.allows(actor, CouncilAction.RECORD_VOTE),
                CouncilPermissions.allows(actor, CouncilAction.CONFIRM_MINUTES),
                CouncilPermissions.allows(actor, CouncilAction.ASSIGN_FOLLOW_UP), Steps.of(m.status()));
        List<ProposalQueries.ListItem> accepted = can.schedule() && can.steps().editAgenda()
                ? proposals.accepted(m.communityId()) : List.of();
        return Templates.meeting(m, can, accepted, forms);
    }

    @GET
    @Path("check-in/qr")
    public TemplateInstance qrCheckInPage(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("t") String token) {
        return QrCheckIn.page(views.view(id).title(), "/meetings/" + id + "/check-in/qr", token);
    }

    @POST
    @Path("check-in/qr")
    public Response qrCheckIn(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return QrCheckIn.submit(forms, form, "/meetings/" + id + "/check-in/qr", () -> views.view(id).title(),
                token -> floor.qrCheckIn(id, token), "/meetings/" + id);
    }

    @GET
    @Path("minutes")
    @PermitAll
    public TemplateInstance minutes(@PathParam("id") long id) {
        return Templates.minutes(views.view(id), minutes.text(id));
    }

    @POST
    @Path("items")
    public Response addItem(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String name = form.containsKey("proposalId") ? "proposalItem" : "item";
        return submit(id, name, form, MeetingService.ItemForm.class, f -> service.addItem(id, f));
    }

    @POST
    @Path("items/{itemId}/remove")
    public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.removeItem(id, itemId);
        return back(id);
    }

    @POST
    @Path("publish")
    public Response publish(@PathParam("id") long id) {
        service.publishAgenda(id);
        return back(id);
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "withdraw", form, MeetingService.Reason.class, r -> service.withdrawAgenda(id, r.reason()));
    }

    @POST
    @Path("cancel")
    public Response cancel(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "cancel", form, MeetingService.Reason.class, r -> service.cancel(id, r.reason()));
    }

    @POST
    @Path("open")
    public Response open(@PathParam("id") long id) {
        service.open(id);
        return back(id);
    }

    @POST
    @Path("close")
    public Response close(@PathParam("id") long id) {
        service.close(id);
        return back(id);
    }

    @POST
    @Path("attendance")
    public Response attendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String name = form.containsKey("memberId") ? "member" : "guest";
        return submit(id, name, form, MeetingFloor.Attendee.class, a -> floor.checkIn(id, a));
    }

    @POST
    @Path("check-in")
    public Response checkIn(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "checkIn", form, MeetingFloor.CheckIn.class, c -> floor.selfCheckIn(id, c.code()));
    }

    @POST
    @Path("items/{itemId}/deliberation")
    public Response deliberation(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                 MultivaluedMap<String, String> form) {
        return submit(id, "deliberation" + itemId, form, MeetingFloor.Deliberation.class,
                d -> floor.recordDeliberation(id, itemId, d));
    }

    /**
     * Roll-call choices arrive as {@code vote_<memberId>} fields, bound into {@link MeetingFloor.VoteForm#votes()};
     * they count only in roll-call mode.
     */
    @POST
    @Path("items/{itemId}/resolution")
    public Response vote(@PathParam("id") long id, @PathParam("itemId") long itemId, MultivaluedMap<String, String> form) {
        return submit(id, "resolution" + itemId, form, MeetingFloor.VoteForm.class, v -> floor.vote(id, itemId, v));
    }

    @POST
    @Path("minutes/confirm")
    public Response confirm(@PathParam("id") long id) {
        minutes.confirm(id);
        return back(id);
    }

    @POST
    @Path("minutes/publish")
    public Response publishMinutes(@PathParam("id") long id) {
        minutes.publish(id);
        return back(id);
    }

    /** A form of the meeting page named {@code name}: back to the page, or the page again with it refused. */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type, Consumer<T> use) {
        return forms.submit("/meetings/" + id, name, form, type, use, f -> show(id, f));
    }

    private static Response back(long id) {
        return CouncilPages.see("/meetings/" + id);
    }
}
