package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.FormInput;

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
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting page the chair runs the meeting from: agenda, check-in, live quorum (reload the page), the
 * record and vote per item, closing, minutes. Every control is a plain form; no JavaScript is needed.
 */
@Path("/meetings/{id}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class MeetingPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance meeting(MeetingViews.MeetingView m, Can can, List<ProposalQueries.ListItem> accepted);

        static native TemplateInstance minutes(MeetingViews.MeetingView m, String text);
    }

    /** What the visitor may do on the meeting page. */
    public record Can(boolean schedule, boolean attendance, boolean selfCheckIn, boolean record, boolean confirm,
                      boolean followUp) {
    }

    private static final String VOTE_PREFIX = "vote_";

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

    @GET
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        MeetingViews.MeetingView m = views.view(id);
        Actor actor = actors.actor(m.communityId());
        boolean member = actor.userId() > 0 && CouncilMember.currentOf(m.councilId(), actor.userId())
                .filter(cm -> m.attendance().stream().noneMatch(a -> cm.id.equals(a.memberId()))).isPresent();
        Can can = new Can(CouncilPermissions.allows(actor, CouncilAction.SCHEDULE_MEETING),
                CouncilPermissions.allows(actor, CouncilAction.RECORD_ATTENDANCE),
                member && CouncilPermissions.allows(actor, CouncilAction.CHECK_IN),
                CouncilPermissions.allows(actor, CouncilAction.RECORD_VOTE),
                CouncilPermissions.allows(actor, CouncilAction.CONFIRM_MINUTES),
                CouncilPermissions.allows(actor, CouncilAction.ASSIGN_FOLLOW_UP));
        List<ProposalQueries.ListItem> accepted = can.schedule() && m.status() == MeetingStatus.DRAFT
                ? proposals.accepted(m.communityId()) : List.of();
        return Templates.meeting(m, can, accepted);
    }

    @GET
    @Path("check-in/qr")
    @Authenticated
    public TemplateInstance qrCheckInPage(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("t") String token) {
        return cn.shangliang.common.web.QrCheckIn.page(views.view(id).title(), "/meetings/" + id + "/check-in/qr", token);
    }

    @POST
    @Path("check-in/qr")
    @Authenticated
    public Response qrCheckIn(@PathParam("id") long id, @RestForm String t) {
        floor.qrCheckIn(id, t);
        return back(id);
    }

    @GET
    @Path("minutes")
    @PermitAll
    public TemplateInstance minutes(@PathParam("id") long id) {
        return Templates.minutes(views.view(id), minutes.text(id));
    }

    @POST
    @Path("items")
    @Authenticated
    public Response addItem(@PathParam("id") long id, @RestForm String proposalId, @RestForm String title,
                            @RestForm String description) {
        service.addItem(id, new MeetingService.ItemForm(FormInput.number(proposalId, "proposalId"), title, description));
        return back(id);
    }

    @POST
    @Path("items/{itemId}/remove")
    @Authenticated
    public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.removeItem(id, itemId);
        return back(id);
    }

    @POST
    @Path("publish")
    @Authenticated
    public Response publish(@PathParam("id") long id) {
        service.publishAgenda(id);
        return back(id);
    }

    @POST
    @Path("withdraw")
    @Authenticated
    public Response withdraw(@PathParam("id") long id, @RestForm String reason) {
        service.withdrawAgenda(id, reason);
        return back(id);
    }

    @POST
    @Path("cancel")
    @Authenticated
    public Response cancel(@PathParam("id") long id, @RestForm String reason) {
        service.cancel(id, reason);
        return back(id);
    }

    @POST
    @Path("open")
    @Authenticated
    public Response open(@PathParam("id") long id) {
        service.open(id);
        return back(id);
    }

    @POST
    @Path("close")
    @Authenticated
    public Response close(@PathParam("id") long id) {
        service.close(id);
        return back(id);
    }

    @POST
    @Path("attendance")
    @Authenticated
    public Response attendance(@PathParam("id") long id, @RestForm String memberId, @RestForm String name,
                               @RestForm String affiliation) {
        Long member = FormInput.number(memberId, "memberId");
        if (member != null) {
            floor.checkInMember(id, member);
        } else {
            floor.checkInGuest(id, name, affiliation);
        }
        return back(id);
    }

    @POST
    @Path("check-in")
    @Authenticated
    public Response checkIn(@PathParam("id") long id, @RestForm String code) {
        floor.selfCheckIn(id, code);
        return back(id);
    }

    @POST
    @Path("items/{itemId}/deliberation")
    @Authenticated
    public Response deliberation(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                 @RestForm String speakers, @RestForm String views) {
        floor.recordDeliberation(id, itemId, speakers, views);
        return back(id);
    }

    /** Roll-call choices arrive as {@code vote_<memberId>} fields; they count only in roll-call mode. */
    @POST
    @Path("items/{itemId}/resolution")
    @Authenticated
    public Response vote(@PathParam("id") long id, @PathParam("itemId") long itemId, MultivaluedMap<String, String> form) {
        Resolution.VoteMode mode = FormInput.choice(Resolution.VoteMode.class, form.getFirst("mode"), "mode");
        Map<Long, ResolutionVote.Choice> votes = new LinkedHashMap<>();
        if (mode == Resolution.VoteMode.ROLL_CALL) {
            form.forEach((key, values) -> {
                if (key.startsWith(VOTE_PREFIX)) {
                    votes.put(FormInput.number(key.substring(VOTE_PREFIX.length()), "votes"),
                            FormInput.choice(ResolutionVote.Choice.class, values.get(0), "votes"));
                }
            });
        }
        floor.vote(id, itemId, new MeetingFloor.VoteForm(form.getFirst("text"), mode,
                FormInput.count(form.getFirst("agree"), "agree"), FormInput.count(form.getFirst("oppose"), "oppose"),
                FormInput.count(form.getFirst("abstain"), "abstain"), votes));
        return back(id);
    }

    @POST
    @Path("minutes/confirm")
    @Authenticated
    public Response confirm(@PathParam("id") long id) {
        minutes.confirm(id);
        return back(id);
    }

    @POST
    @Path("minutes/publish")
    @Authenticated
    public Response publishMinutes(@PathParam("id") long id) {
        minutes.publish(id);
        return back(id);
    }

    private static Response back(long id) {
        return CouncilPages.see("/meetings/" + id);
    }
}
