package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetForms.CycleForm;
import cn.shangliang.budget.BudgetForms.StartVoteForm;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.budget.BudgetForms.ProposalForm;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.PageForms;
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
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/** Pages of a cycle: the list, opening one, its overview with proposals, the stage buttons, Pabulib import. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CyclePages {

    @Inject
    Clock clock;

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance cycles(List<CycleView> cycles, List<CommunityOption> communities, int page,
                                              boolean more, FormState form);

        static native TemplateInstance cycle(CycleView cycle, List<ProjectView> projects, BudgetAccess.Powers can,
                                             CycleActions actions, PageForms forms, ProjectType[] types);
    }

    /** A datetime-local input's value, in Beijing time. */
    private static final DateTimeFormatter DEADLINE_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    CycleService cycles;

    @Inject
    ProjectProposalService proposals;

    @Inject
    PabulibService pabulib;

    @Inject
    BudgetAccess access;

    @Inject
    FormPipeline forms;

    @GET
    @PermitAll
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return list(page, FormState.of(Map.of("year", String.valueOf(LocalDate.now(clock).getYear()))));
    }

    private TemplateInstance list(int page, FormState form) {
        List<CycleView> list = cycles.list(null, page);
        List<CommunityOption> communities = access.manageableCommunities();
        return Templates.cycles(list, communities, Math.max(page, 0), list.size() == CycleService.PAGE_SIZE, form);
    }

    @POST
    @Path("cycles")
    public Response open(MultivaluedMap<String, String> form) {
        return forms.submit(form, CycleForm.class, f -> redirect("/budget/cycles/" + cycles.open(f).id()),
                state -> list(0, state));
    }

    @GET
    @Path("cycles/{id}")
    @PermitAll
    public TemplateInstance cycle(@PathParam("id") long id) {
        // the vote's deadline is offered a week ahead; staff change it (issue 19)
        return page(id, new PageForms("start-vote", FormState.of(Map.of("voteEndsAt", DEADLINE_INPUT.format(
                clock.instant().plus(Duration.ofDays(CycleService.DEFAULT_VOTE_DAYS)))))));
    }

    private TemplateInstance page(long id, PageForms forms) {
        CycleView cycle = cycles.find(id);
        BudgetAccess.Powers can = access.powers(cycle.communityId());
        return Templates.cycle(cycle, proposals.ofCycle(id), can, CycleActions.of(can, cycle.status(), cycle.voteMode()), forms,
                ProjectType.values());
    }

    /** {@link BudgetAction#MANAGE_CYCLE}: proposals close, review begins. */
    @POST
    @Path("cycles/{id}/start-review")
    public Response startReview(@PathParam("id") long id) {
        return stage(id, cycles::startReview);
    }

    /** {@link BudgetAction#MANAGE_CYCLE}: review ends, the vote begins; a residents' vote with its deadline (issue 19). */
    @POST
    @Path("cycles/{id}/start-vote")
    public Response startVote(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return voteDates(id, "start-vote", form, cycles::startVote);
    }

    /** {@link BudgetAction#MANAGE_CYCLE}: an open residents' vote's deadline moves later. */
    @POST
    @Path("cycles/{id}/vote-deadline")
    public Response extendVote(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return voteDates(id, "vote-deadline", form, cycles::extendVote);
    }

    /** {@link BudgetAction#MANAGE_CYCLE}: every project accepted, the year is closed. */
    @POST
    @Path("cycles/{id}/close")
    public Response close(@PathParam("id") long id) {
        return stage(id, cycles::close);
    }

    /** {@link BudgetAction#PROPOSE}, or {@link BudgetAction#ENTER_PAPER} for a proposal collected on paper. */
    @POST
    @Path("cycles/{id}/proposals")
    public Response propose(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        boolean paper = "paper".equals(form.getFirst("source"));
        return forms.submit(form, ProposalForm.class, f -> redirect("/budget/projects/"
                        + (paper ? proposals.enterPaper(id, f) : proposals.propose(id, f)).id()),
                state -> page(id, new PageForms(paper ? "paper" : "propose", state)));
    }

    @POST
    @Path("cycles/{id}/pabulib")
    public Response importPabulib(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        pabulib.importInto(id, form.getFirst("file"));
        return redirect("/budget/cycles/" + id);
    }

    /** A form with the vote's deadline: on to the vote's page, or the cycle page again as typed. */
    private Response voteDates(long id, String name, MultivaluedMap<String, String> form,
                               BiConsumer<Long, StartVoteForm> step) {
        return forms.submit(form, StartVoteForm.class, f -> {
            step.accept(id, f);
            return redirect("/budget/cycles/" + id + "/vote");
        }, state -> page(id, new PageForms(name, state)));
    }

    /** A stage button: the step, then the cycle page again. */
    private static Response stage(long id, LongFunction<CycleView> step) {
        step.apply(id);
        return redirect("/budget/cycles/" + id);
    }

    static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }
}
