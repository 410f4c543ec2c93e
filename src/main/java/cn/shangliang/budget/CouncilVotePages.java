package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetForms.AttendanceForm;
import cn.shangliang.budget.BudgetForms.TallyForm;
import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetForms.VoteForm;
import cn.shangliang.budget.BudgetViews.AttendeeView;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ObjectionView;
import cn.shangliang.budget.BudgetViews.SelectionLineView;
import cn.shangliang.budget.BudgetViews.TallyView;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.web.FieldPrefix;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static cn.shangliang.budget.CyclePages.redirect;

/** Pages of the vote (票决), the explanation of the selection, and the notice period with objections. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CouncilVotePages {

    @Inject
    Clock clock;

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance vote(CycleView cycle, TallyView tally, List<AttendeeView> members,
                                            List<AttendeeView> present, Map<Long, Integer> mine, BudgetAccess.Powers can,
                                            VoteActions actions, boolean deadlinePassed, PageForms forms);

        static native TemplateInstance selection(CycleView cycle, List<SelectionLineView> lines);

        static native TemplateInstance notice(CycleView cycle, List<ObjectionView> objections, BudgetAccess.Powers can,
                                              boolean open, boolean confirm, PageForms forms);
    }

    @Inject
    CycleService cycles;

    @Inject
    VoteService votes;

    @Inject
    SelectionService selection;

    @Inject
    NoticePeriodService notice;

    @Inject
    BudgetAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormPipeline forms;

    @GET
    @Path("cycles/{id}/vote")
    @PermitAll
    public TemplateInstance vote(@PathParam("id") long id) {
        return vote(id, PageForms.fresh());
    }

    private TemplateInstance vote(long id, PageForms forms) {
        CycleView cycle = cycles.find(id);
        Long me = currentUser.accountId().orElse(null);
        BudgetAccess.Powers can = access.powers(cycle.communityId());
        List<AttendeeView> present = votes.attendees(id);
        boolean voteEnded = !BudgetWorkflow.checkVoteOpen(cycle.voteEndsAt(), clock.instant()).isEmpty();
        return Templates.vote(cycle, votes.tally(id), can.staff() ? votes.councilMembers(cycle.communityId()) : List.of(),
                present, me == null ? Map.of() : votes.myChoices(id, me), can,
                VoteActions.of(can, cycle, me != null && present.stream().anyMatch(a -> a.accountId() == me), voteEnded),
                voteEnded && cycle.status() == CycleStatus.VOTING, forms);
    }

    /**
     * What the visitor may do on the vote page, from the permissions and the workflow table (the vote is on
     * while the cycle can move on to its notice period), so the template does not re-encode stages as strings.
     */
    public record VoteActions(boolean attendance, boolean ballot, boolean tally, boolean closeVote) {

        static VoteActions of(BudgetAccess.Powers can, CycleView cycle, boolean iAmPresent, boolean voteEnded) {
            boolean voting = BudgetWorkflow.CYCLE.allows(cycle.status(), CycleStatus.NOTICE);
            boolean council = cycle.voteMode().council();
            return new VoteActions(voting && can.staff() && council,
                    voting && (can.council() && iAmPresent || can.resident() && !council && !voteEnded || can.staff() && council),
                    voting && can.staff() && council && !iAmPresent, voting && can.staff());
        }
    }

    @POST
    @Path("cycles/{id}/attendance")
    public Response attendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(votePage(id), "attendance", form, AttendanceForm.class, f -> votes.recordAttendance(id, f),
                page -> vote(id, page));
    }

    /** {@link BudgetAction#VOTE_AS_COUNCIL}: a council member present casts their own ballot. */
    @POST
    @Path("cycles/{id}/ballots/council")
    public Response councilBallot(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return ballot(id, form, b -> votes.voteAsCouncil(id, b.vote()));
    }

    /** {@link BudgetAction#VOTE_AS_RESIDENT}: a resident on the roster votes when residents decide. */
    @POST
    @Path("cycles/{id}/ballots/resident")
    public Response residentBallot(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return ballot(id, form, b -> votes.voteAsResident(id, b.vote()));
    }

    /** {@link BudgetAction#RECORD_TALLY}: staff enter a paper ballot for a council member present. */
    @POST
    @Path("cycles/{id}/ballots/tally")
    public Response tallyBallot(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return ballot(id, form, b -> votes.recordTally(id, new TallyForm(b.memberAccountId(), b.vote().projectIds(),
                b.vote().points())));
    }

    private Response ballot(long id, MultivaluedMap<String, String> form, Consumer<Ballot> cast) {
        return forms.submit(votePage(id), "ballot", form, Ballot.class, cast, page -> vote(id, page));
    }

    private static String votePage(long id) {
        return "/budget/cycles/" + id + "/vote";
    }

    /**
     * A ballot as the vote page sends it: ticked {@code projectId}s (approval), or one {@code score_<projectId>}
     * field each (scores), bound by the form pipeline.
     */
    public record Ballot(Long memberAccountId, List<Long> projectId,
                         @FieldPrefix("score_") Map<Long, Long> scores) {

        /** The ballot as the service takes it: the ticked projects, then the scored ones with their points. */
        VoteForm vote() {
            List<Long> projectIds = new ArrayList<>(projectId == null ? List.of() : projectId);
            List<Integer> points = new ArrayList<>();
            if (scores != null) {
                scores.forEach((project, score) -> {
                    projectIds.add(project);
                    // out of any sensible range: no points, which the service refuses as missing
                    points.add(score == null || Math.abs(score) > 1000 ? null : score.intValue());
                });
            }
            return new VoteForm(projectIds, points);
        }
    }

    @POST
    @Path("cycles/{id}/selection")
    public Response select(@PathParam("id") long id) {
        selection.closeAndSelect(id);
        return redirect("/budget/cycles/" + id + "/selection");
    }

    @GET
    @Path("cycles/{id}/selection")
    @PermitAll
    public TemplateInstance selection(@PathParam("id") long id) {
        return Templates.selection(cycles.find(id), selection.lines(id));
    }

    @GET
    @Path("cycles/{id}/notice")
    @PermitAll
    public TemplateInstance notice(@PathParam("id") long id) {
        return notice(id, PageForms.fresh());
    }

    private TemplateInstance notice(long id, PageForms forms) {
        CycleView cycle = cycles.find(id);
        BudgetAccess.Powers can = access.powers(cycle.communityId());
        boolean open = cycle.status() == CycleStatus.NOTICE && clock.instant().isBefore(cycle.noticeEndsAt());
        return Templates.notice(cycle, notice.objections(id), can, open && can.resident(),
                can.staff() && BudgetWorkflow.CYCLE.allows(cycle.status(), CycleStatus.APPROVED), forms);
    }

    @POST
    @Path("cycles/{id}/objections")
    public Response object(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/budget/cycles/" + id + "/notice", "objection", form, TextForm.class,
                f -> notice.object(id, f), page -> notice(id, page));
    }

    @POST
    @Path("cycles/{id}/objections/{objection}/answer")
    public Response answer(@PathParam("id") long id, @PathParam("objection") long objection,
                           MultivaluedMap<String, String> form) {
        return forms.submit("/budget/cycles/" + id + "/notice", "answer" + objection, form, TextForm.class,
                f -> notice.answer(objection, f), page -> notice(id, page));
    }

    @POST
    @Path("cycles/{id}/confirm")
    public Response confirm(@PathParam("id") long id) {
        notice.confirm(id);
        return redirect("/budget/cycles/" + id);
    }
}
