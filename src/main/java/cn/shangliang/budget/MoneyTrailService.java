package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.CycleTrail;
import cn.shangliang.budget.BudgetViews.ProjectTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** The public money trail (资金公开): per project budget → approved → contracted → spent → final, per cycle totals. */
@ApplicationScoped
public class MoneyTrailService {

    @Inject
    BudgetAccess access;

    public ProjectTrail project(long projectId) {
        return trail(access.project(projectId));
    }

    private static ProjectTrail trail(BudgetProject p) {
        return new ProjectTrail(p.id, p.title, p.status, p.estimatedCostFen, p.approvedFen, p.contractFen,
                Expense.spentFen(p.id), p.finalCostFen);
    }

    /** Allocated = approved budgets of projects that went ahead; spent = recorded expenses; unspent = budget − spent. */
    public CycleTrail cycle(long cycleId) {
        BudgetCycle c = access.cycle(cycleId);
        List<ProjectTrail> projects = new ArrayList<>();
        long allocated = 0;
        long spent = 0;
        for (BudgetProject p : BudgetProject.ofCycle(c.id)) {
            if (p.approvedFen == null) {
                continue;
            }
            ProjectTrail t = trail(p);
            projects.add(t);
            allocated += p.approvedFen;
            spent += t.spentFen();
        }
        return new CycleTrail(c.id, c.budgetFen, allocated, spent, c.budgetFen - spent, projects);
    }

    /** Bar width in percent of the cycle budget (integer arithmetic; 0–100), for the CSS/SVG chart. */
    public static long percentOf(long part, long whole) {
        return whole <= 0 ? 0 : Math.min(100, Math.max(0, part * 100 / whole));
    }
}
