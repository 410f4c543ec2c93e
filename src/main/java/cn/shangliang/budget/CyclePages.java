package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetForms.CycleForm;
import cn.shangliang.budget.BudgetForms.StartVoteForm;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.common.web.YuanToFen;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import cn.shangliang.budget.BudgetForms.ProposalForm;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.community.Community;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Pages of a cycle: the list, opening one, its overview with proposals, the stage buttons, Pabulib import. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CyclePages {

    @Inject
    Clock clock;

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance cycles(List<CycleView> cycles, List<Community> communities, int page, boolean more,
                                              int year);

        static native TemplateInstance cycle(CycleView cycle, List<ProjectView> projects, BudgetAccess.Powers can,
                                             ProjectType[] types, FormState form, FormState residentForm,
                                             FormState paperForm);
    }

    /** A datetime-local input's value, in Beijing time. */
    private static final DateTimeFormatter DEADLINE_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    CycleService cycles;

    @Inject
    FormPipeline forms;

    @Inject
    ProjectProposalService proposals;

    @Inject
    PabulibService pabulib;

    @Inject
    BudgetAccess access;

    @GET
    @PermitAll
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        List<CycleView> list = cycles.list(null, page);
        List<Community> communities = access.manageableCommunities();
        return Templates.cycles(list, communities, Math.max(page, 0), list.size() == CycleService.PAGE_SIZE,
                LocalDate.now(clock).getYear());
    }

    @POST
    @Path("cycles")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        CycleForm cycle = f.done(new CycleForm(f.id("communityId"), f.integer("year"), f.text("title"), f.yuan("budget"),
                f.yuan("capWorks"), f.yuan("capService"), f.yuan("capGoods"), f.date("proposalsOpenOn"),
                f.date("proposalsCloseOn"), f.integer("noticeDays"), f.text("quorum"), f.text("majority"),
                f.choice("voteMode", VoteMode.class), f.integer("maxApprovals"), f.integer("maxScore"), f.text("rule"),
                f.integer("minVotes")));
        return redirect("/budget/cycles/" + cycles.open(cycle).id());
    }

    @GET
    @Path("cycles/{id}")
    @PermitAll
    public TemplateInstance cycle(@PathParam("id") long id) {
        return cycle(id, FormState.of(Map.of("voteEndsAt", DEADLINE_INPUT.format(
                clock.instant().plus(Duration.ofDays(CycleService.DEFAULT_VOTE_DAYS))))));
    }

    private TemplateInstance cycle(long id, FormState form) {
        return cycle(id, form, FormState.empty(), FormState.empty());
    }

    private TemplateInstance cycle(long id, FormState form, FormState residentForm, FormState paperForm) {
        CycleView cycle = cycles.find(id);
        return Templates.cycle(cycle, proposals.ofCycle(id), access.powers(cycle.communityId()), ProjectType.values(), form,
                residentForm, paperForm);
    }

    /** The proposal form as people type it: the estimate in yuan ({@link ProposalForm} takes fen). */
    public record ProposalPageForm(String title, String need, String location, ProjectType type,
                                   @JsonDeserialize(using = YuanToFen.class) Long estimatedCost, String beneficiaries,
                                   String proposerName, String source) {
        ProposalForm toForm() {
            return new ProposalForm(title, need, location, type, estimatedCost, beneficiaries, proposerName);
        }

        boolean paper() {
            return "paper".equals(source);
        }
    }

    /** Opening the vote, with the deadline of a residents' vote (issue 19). */
    @POST
    @Path("cycles/{id}/vote-start")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startVote(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, StartVoteForm.class, f -> {
            cycles.startVote(id, f);
            return redirect("/budget/cycles/" + id + "/vote");
        }, state -> cycle(id, state));
    }

    @POST
    @Path("cycles/{id}/stage")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response advance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String to = new FormReader(form).text("to");
        if ("REVIEWING".equals(to)) {
            cycles.startReview(id);
        } else if ("VOTING".equals(to)) {
            cycles.startVote(id, null);
        } else if ("CLOSED".equals(to)) {
            cycles.close(id);
        } else {
            throw cn.shangliang.common.web.DomainException.badInput("budget.stage");
        }
        return redirect("/budget/cycles/" + id);
    }

    @POST
    @Path("cycles/{id}/proposals")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        boolean paper = "paper".equals(form.getFirst("source"));
        return forms.submit(form, ProposalPageForm.class, f -> redirect("/budget/projects/"
                        + (f.paper() ? proposals.enterPaper(id, f.toForm()).id() : proposals.propose(id, f.toForm()).id())),
                state -> cycle(id, FormState.empty(), paper ? FormState.empty() : state, paper ? state : FormState.empty()));
    }

    @POST
    @Path("cycles/{id}/pabulib")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importPabulib(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        pabulib.importInto(id, form.getFirst("file"));
        return redirect("/budget/cycles/" + id);
    }

    static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }
}
