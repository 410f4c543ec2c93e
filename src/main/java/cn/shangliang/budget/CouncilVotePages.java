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

import static cn.shangliang.budget.CyclePages.redirect;

/** Pages of the vote (票决), the explanation of the selection, and the notice period with objections. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CouncilVotePages {

    @Inject
    Clock clock;

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance vote(CycleView cycle, TallyView tally, List<AttendeeView> members,
                                            List<AttendeeView> present, Map<Long, Integer> mine, BudgetAccess.Powers can,
                                            boolean iAmPresent, boolean voteEnded);

        static native TemplateInstance selection(CycleView cycle, List<SelectionLineView> lines);

        static native TemplateInstance notice(CycleView cycle, List<ObjectionView> objections, BudgetAccess.Powers can,
                                              boolean open);
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

    @GET
    @Path("cycles/{id}/vote")
    @PermitAll
    public TemplateInstance vote(@PathParam("id") long id) {
        CycleView cycle = cycles.find(id);
        Long me = currentUser.accountId().orElse(null);
        BudgetAccess.Powers can = access.powers(cycle.communityId());
        List<AttendeeView> present = votes.attendees(id);
        return Templates.vote(cycle, votes.tally(id), can.staff() ? votes.councilMembers(cycle.communityId()) : List.of(),
                present, me == null ? Map.of() : votes.myChoices(id, me), can,
                me != null && present.stream().anyMatch(a -> a.accountId() == me),
                !BudgetWorkflow.checkVoteOpen(cycle.voteEndsAt(), clock.instant()).isEmpty());
    }

    @POST
    @Path("cycles/{id}/attendance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        votes.recordAttendance(id, f.done(new AttendanceForm(f.ids("accountId"), f.integer("membersTotal"))));
        return redirect("/budget/cycles/" + id + "/vote");
    }

    /** One form for every kind of ballot: who is voting decides which use case it is. */
    @POST
    @Path("cycles/{id}/ballots")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ballot(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        List<Long> projectIds = new ArrayList<>(f.ids("projectId"));
        List<Integer> points = new ArrayList<>();
        for (String key : form.keySet()) {
            String suffix = key.startsWith("score_") ? key.substring(6) : "";
            if (!suffix.isEmpty() && suffix.length() < 19 && suffix.chars().allMatch(Character::isDigit)) {
                projectIds.add(Long.valueOf(suffix));
                points.add(f.integer(key));
            }
        }
        f.done(projectIds);
        String as = f.text("as");
        if ("tally".equals(as)) {
            votes.recordTally(id, new TallyForm(f.id("memberAccountId"), projectIds, points));
        } else if ("council".equals(as)) {
            votes.voteAsCouncil(id, new VoteForm(projectIds, points));
        } else {
            votes.voteAsResident(id, new VoteForm(projectIds, points));
        }
        return redirect("/budget/cycles/" + id + "/vote");
    }

    @POST
    @Path("cycles/{id}/selection")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
        CycleView cycle = cycles.find(id);
        boolean open = cycle.status() == CycleStatus.NOTICE && clock.instant().isBefore(cycle.noticeEndsAt());
        return Templates.notice(cycle, notice.objections(id), access.powers(cycle.communityId()), open);
    }

    @POST
    @Path("cycles/{id}/objections")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        notice.object(id, new TextForm(form.getFirst("text")));
        return redirect("/budget/cycles/" + id + "/notice");
    }

    @POST
    @Path("cycles/{id}/objections/{objection}/answer")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @PathParam("objection") long objection,
                           MultivaluedMap<String, String> form) {
        notice.answer(objection, new TextForm(form.getFirst("text")));
        return redirect("/budget/cycles/" + id + "/notice");
    }

    @POST
    @Path("cycles/{id}/confirm")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id) {
        notice.confirm(id);
        return redirect("/budget/cycles/" + id);
    }
}
