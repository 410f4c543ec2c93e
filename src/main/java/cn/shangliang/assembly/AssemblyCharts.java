package cn.shangliang.assembly;

import cn.shangliang.assembly.ResultView.WeightView;
import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.common.chart.ChartBar;
import cn.shangliang.common.chart.ChartMessages;
import cn.shangliang.common.chart.Charts;
import cn.shangliang.common.rules.Threshold;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The bars of an assembly's result and turnout (民法典 Art. 278): area and heads taking part against the 2/3
 * quorum, area and heads agreeing against the matter's fraction of those taking part. Templates use
 * {@code inject:assemblyCharts.result(result)} with {@code tags/chart.html}.
 */
@Named("assemblyCharts")
@ApplicationScoped
public class AssemblyCharts {

    @Inject
    Ui ui;

    public List<ChartBar> result(ResultView r) {
        if (r.decision() == null) {
            return List.of();
        }
        ChartMessages m = ui.bundle(ChartMessages.class);
        Threshold required = Threshold.parse(r.requiredFraction());
        WeightView agree = r.decision().agree();
        return List.of(area(m.area_taking_part(), r.participating(), r.total(), MatterType.QUORUM, m.quorum(Charts.rule(MatterType.QUORUM, m)), m),
                heads(m.heads_taking_part(), r.participating(), r.total(), MatterType.QUORUM, m.quorum(Charts.rule(MatterType.QUORUM, m)), m),
                area(m.area_agreeing(), agree, r.participating(), required, m.required(Charts.rule(required, m)), m),
                heads(m.heads_agreeing(), agree, r.participating(), required, m.required(Charts.rule(required, m)), m));
    }

    public List<ChartBar> turnout(TallyViews.TurnoutView t) {
        ChartMessages m = ui.bundle(ChartMessages.class);
        String quorum = m.quorum(Charts.rule(MatterType.QUORUM, m));
        return List.of(area(m.area_taking_part(), t.participating(), t.total(), MatterType.QUORUM, quorum, m),
                heads(m.heads_taking_part(), t.participating(), t.total(), MatterType.QUORUM, quorum, m));
    }

    private static ChartBar area(String label, WeightView part, WeightView whole, Threshold rule, String ruleLabel, ChartMessages m) {
        return ChartBar.against(label, m.area_of(part.areaM2(), whole.areaM2(), ChartBar.percent(part.areaCenti(), whole.areaCenti())),
                part.areaCenti(), whole.areaCenti(), rule, ruleLabel);
    }

    private static ChartBar heads(String label, WeightView part, WeightView whole, Threshold rule, String ruleLabel, ChartMessages m) {
        return ChartBar.against(label, m.heads_of(part.heads(), whole.heads(), ChartBar.percent(part.heads(), whole.heads())),
                part.heads(), whole.heads(), rule, ruleLabel);
    }
}
