package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.EvaluationView;
import cn.shangliang.budget.BudgetViews.ProjectTrail;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.budget.BudgetViews.TallyLine;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.export.ExportSource;
import cn.shangliang.common.export.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A budget cycle's public tables as files: the projects, the vote tally, the money trail and the evaluations.
 * Amounts are yuan with two decimals (exact, from fen); no proposer or voter is named.
 */
@ApplicationScoped
public class BudgetExports implements ExportSource {

    @Inject
    ProjectProposalService projects;

    @Inject
    VoteService votes;

    @Inject
    MoneyTrailService money;

    @Inject
    EvaluationService evaluations;

    /** A project with its evaluation, for the evaluation sheet. */
    record Graded(ProjectView project, EvaluationView evaluation) {
    }

    @Override
    public Map<String, Maker> exports() {
        return Map.of("budget-projects", this::projects, "budget-votes", this::votes,
                "budget-money-trail", this::moneyTrail, "budget-evaluations", this::evaluations);
    }

    Export projects(long cycleId, ExportContext c) {
        ExportMessages m = c.m();
        return Table.<ProjectView>of(c).number(m.number(), ProjectView::id).text(m.title(), ProjectView::title)
                .text(m.location(), ProjectView::location).text(m.status(), ProjectView::status)
                .number(m.estimated_yuan(), p -> yuan(p.estimatedCostFen())).number(m.approved_yuan(), p -> yuan(p.approvedFen()))
                .text(m.implementer(), ProjectView::implementerName).number(m.contract_yuan(), p -> yuan(p.contractFen()))
                .number(m.spent_yuan(), p -> yuan(p.spentFen())).number(m.final_yuan(), p -> yuan(p.finalCostFen()))
                .export("budget-projects-" + cycleId, m.sheet_budget_projects(), projects.ofCycle(cycleId));
    }

    Export votes(long cycleId, ExportContext c) {
        ExportMessages m = c.m();
        return Table.<TallyLine>of(c).number(m.number(), TallyLine::projectId).text(m.title(), TallyLine::title)
                .number(m.estimated_yuan(), l -> yuan(l.costFen())).number(m.supporters(), TallyLine::supporters)
                .number(m.points(), TallyLine::points)
                .export("budget-votes-" + cycleId, m.sheet_budget_votes(), votes.tally(cycleId).lines());
    }

    Export moneyTrail(long cycleId, ExportContext c) {
        ExportMessages m = c.m();
        BudgetViews.CycleTrail trail = money.cycle(cycleId);
        return Table.<ProjectTrail>of(c).number(m.number(), ProjectTrail::projectId).text(m.title(), ProjectTrail::title)
                .text(m.status(), ProjectTrail::status).number(m.estimated_yuan(), t -> yuan(t.estimatedFen()))
                .number(m.approved_yuan(), t -> yuan(t.approvedFen())).number(m.contract_yuan(), t -> yuan(t.contractFen()))
                .number(m.spent_yuan(), t -> yuan(t.spentFen())).number(m.final_yuan(), t -> yuan(t.finalFen()))
                .export("budget-money-trail-" + cycleId, m.sheet_money_trail(), trail.projects());
    }

    Export evaluations(long cycleId, ExportContext c) {
        ExportMessages m = c.m();
        BudgetMessages bm = c.bundle(BudgetMessages.class);
        List<Graded> graded = projects.ofCycle(cycleId).stream().filter(p -> p.approvedFen() != null)
                .map(p -> new Graded(p, evaluations.evaluation(p.id()))).toList();
        return Table.<Graded>of(c).number(m.number(), g -> g.project().id()).text(m.title(), g -> g.project().title())
                .number(m.ratings(), g -> g.evaluation().ratings()).number(m.score(), g -> g.evaluation().score())
                .text(m.grade(), g -> g.evaluation().grade() == null ? null : bm.grade(g.evaluation().grade()))
                .export("budget-evaluations-" + cycleId, m.sheet_evaluations(), graded);
    }

    private static BigDecimal yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2);
    }
}
