package cn.shangliang.hearing;

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
 * Representatives present against the hearing's attendance rule (a fraction of the selected, or at least the
 * minimum number): {@code inject:hearingCharts.attendance(record, h)}.
 */
@Named("hearingCharts")
@ApplicationScoped
public class HearingCharts {

    @Inject
    Ui ui;

    public List<ChartBar> attendance(HearingViews.RecordView record, HearingViews.HearingView h) {
        ChartMessages m = ui.bundle(ChartMessages.class);
        int selected = record.representatives().size();
        String numbers = m.people_of(record.present(), selected);
        Threshold share = share(h.attendance());
        if (share != null) {
            return List.of(ChartBar.against(m.present(), numbers, record.present(), selected, share, m.quorum(Charts.rule(share, m))));
        }
        int minimum = h.quota().minRepresentatives();
        return List.of(ChartBar.againstCount(m.present(), numbers, record.present(), selected, minimum, m.at_least_people(minimum)));
    }

    private static Threshold share(String text) {
        try {
            return text == null || text.isBlank() ? null : Threshold.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
