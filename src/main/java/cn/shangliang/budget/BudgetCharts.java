package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.EvaluationView;
import cn.shangliang.budget.BudgetViews.TallyLine;
import cn.shangliang.budget.BudgetViews.TallyView;
import cn.shangliang.common.chart.ChartBar;
import cn.shangliang.common.chart.ChartMessages;
import cn.shangliang.common.chart.Charts;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The budget's bars: projects by votes, each drawn to its cumulative cost against the year's budget line (where
 * the money runs out), and a project's score against the grade bands. Templates use {@code inject:budgetCharts}.
 */
@Named("budgetCharts")
@ApplicationScoped
public class BudgetCharts {

    @Inject
    Ui ui;

    public List<ChartBar> votes(TallyView tally, CycleView cycle) {
        ChartMessages m = ui.bundle(ChartMessages.class);
        List<TallyLine> lines = new ArrayList<>(tally.lines());
        lines.sort(Comparator.comparingLong((TallyLine l) -> -l.supporters()).thenComparingLong(l -> -l.points())
                .thenComparingLong(TallyLine::projectId));
        long total = lines.stream().mapToLong(TallyLine::costFen).sum();
        long scale = Math.max(total, cycle.budgetFen());
        List<ChartBar> bars = new ArrayList<>();
        long cumulative = 0;
        for (TallyLine l : lines) {
            cumulative += l.costFen();
            bars.add(new ChartBar(l.title(), m.project_votes(l.supporters(), Charts.yuan(l.costFen()), Charts.yuan(cumulative)),
                    ChartBar.percent(cumulative, scale),
                    List.of(new ChartBar.Tick(ChartBar.percent(cycle.budgetFen(), scale), m.budget_line(Charts.yuan(cycle.budgetFen())))),
                    cumulative <= cycle.budgetFen()));
        }
        return bars;
    }

    public List<ChartBar> grade(EvaluationView ev) {
        if (ev.grade() == null) {
            return List.of();
        }
        ChartMessages m = ui.bundle(ChartMessages.class);
        BudgetMessages bm = ui.bundle(BudgetMessages.class);
        List<ChartBar.Tick> ticks = new ArrayList<>();
        for (PerformanceGrade g : PerformanceGrade.values()) {
            if (g.floor() > 0) {
                ticks.add(new ChartBar.Tick(ChartBar.percent(g.floor(), 100), m.grade_floor(bm.grade(g), g.floor())));
            }
        }
        long centi = ev.score().movePointRight(2).longValue();
        return List.of(ChartBar.marked(bm.grade(ev.grade()), m.score_of(ev.score().toPlainString(), ev.ratings()), centi, 100_00, ticks));
    }
}
