package cn.shangliang.assembly;

import cn.shangliang.assembly.ResultView.BuildingView;
import cn.shangliang.assembly.ResultView.CandidateView;
import cn.shangliang.assembly.ResultView.WeightView;
import cn.shangliang.assembly.StaffBallotRequests.MandateView;
import cn.shangliang.assembly.StaffBallotRequests.PaperEntryView;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.export.ExportSource;
import cn.shangliang.common.export.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assembly's public numbers and staff records as files. The result is the published one, its building rows
 * already merged where groups are small (ballot-privacy.md), with the totals as the last row; the staff lists carry
 * what the staff page shows: whether a sheet's two entries agree and whether a mandate is instructed, never a choice.
 */
@ApplicationScoped
public class AssemblyExports implements ExportSource {

    @Inject
    TallyService tally;

    @Inject
    StaffBallotService staff;

    @Override
    public Map<String, Maker> exports() {
        return Map.of("assembly-result", this::result, "assembly-turnout", this::turnout,
                "assembly-mandates", this::mandates, "assembly-paper-entries", this::paper);
    }

    Export result(long id, ExportContext c) {
        ResultView r = tally.result(id);
        ExportMessages m = c.m();
        if (r.decision() == null) {
            AssemblyMessages am = c.bundle(AssemblyMessages.class);
            return Table.<CandidateView>of(c).text(m.candidate(), CandidateView::name)
                    .number(m.agree_area(), v -> area(v.tally().agree())).number(m.agree_heads(), v -> v.tally().agree().heads())
                    .number(m.rank(), CandidateView::rank).text(m.outcome(), v -> am.outcome(v.outcome()))
                    .export("assembly-result-" + id, m.sheet_assembly_result(), r.election().candidates());
        }
        List<BuildingView> rows = new ArrayList<>(r.decision().buildings());
        rows.add(new BuildingView(m.total(), r.total(), r.participating(), r.decision().agree(), r.decision().oppose(),
                r.decision().abstain()));
        return Table.<BuildingView>of(c).text(m.building(), BuildingView::building)
                .number(m.area_all(), v -> area(v.total())).number(m.heads_all(), v -> v.total().heads())
                .number(m.area_participating(), v -> area(v.participating()))
                .number(m.heads_participating(), v -> v.participating().heads())
                .number(m.agree_area(), v -> area(v.agree())).number(m.agree_heads(), v -> v.agree().heads())
                .number(m.oppose_area(), v -> area(v.oppose())).number(m.oppose_heads(), v -> v.oppose().heads())
                .number(m.abstain_area(), v -> area(v.abstain())).number(m.abstain_heads(), v -> v.abstain().heads())
                .export("assembly-result-" + id, m.sheet_assembly_result(), rows);
    }

    Export turnout(long id, ExportContext c) {
        TallyViews.TurnoutView t = tally.turnout(id);
        ExportMessages m = c.m();
        record Line(String what, WeightView weight) {
        }
        List<Line> rows = List.of(new Line(m.area_all(), t.total()), new Line(m.area_participating(), t.participating()),
                new Line(m.quorum_minimum(), t.quorumMinimum()));
        return Table.<Line>of(c).text(m.item(), Line::what).number(m.area_m2(), l -> area(l.weight()))
                .number(m.heads(), l -> l.weight().heads())
                .export("assembly-turnout-" + id, m.sheet_assembly_turnout(), rows);
    }

    Export mandates(long id, ExportContext c) {
        ExportMessages m = c.m();
        return Table.<MandateView>of(c).id(m.voter_key(), MandateView::voterKey).text(m.proxy(), MandateView::proxyName)
                .id(m.id_masked(), MandateView::proxyMasked).text(m.instructed(), MandateView::instructed)
                .time(m.registered_at(), MandateView::registeredAt)
                .export("assembly-mandates-" + id, m.sheet_mandates(), staff.mandates(id));
    }

    Export paper(long id, ExportContext c) {
        ExportMessages m = c.m();
        AssemblyMessages am = c.bundle(AssemblyMessages.class);
        return Table.<PaperEntryView>of(c).id(m.sheet_no(), PaperEntryView::sheetNo).id(m.voter_key(), PaperEntryView::voterKey)
                .text(m.entries_agree(), e -> am.sheet_state(e.sheet())).text(m.staff_account(), PaperEntryView::staffAccount)
                .time(m.entered_at(), PaperEntryView::enteredAt)
                .export("assembly-paper-entries-" + id, m.sheet_paper_entries(), staff.paperEntries(id));
    }

    private static java.math.BigDecimal area(WeightView w) {
        return new java.math.BigDecimal(w.areaM2());
    }
}
