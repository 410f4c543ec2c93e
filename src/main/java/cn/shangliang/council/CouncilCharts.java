package cn.shangliang.council;

import cn.shangliang.common.chart.ChartBar;
import cn.shangliang.common.chart.ChartMessages;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A meeting's attendance against its quorum as a bar: {@code inject:councilCharts.quorum(m.quorum)}. */
@Named("councilCharts")
@ApplicationScoped
public class CouncilCharts {

    @Inject
    Ui ui;

    public List<ChartBar> quorum(MeetingViews.QuorumView q) {
        ChartMessages m = ui.bundle(ChartMessages.class);
        return List.of(ChartBar.againstCount(m.present(), m.people_of(q.present(), q.members()), q.present(), q.members(),
                q.minimum(), m.at_least_people(q.minimum())));
    }
}
