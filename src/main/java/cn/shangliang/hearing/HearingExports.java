package cn.shangliang.hearing;

import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.export.ExportSource;
import cn.shangliang.common.export.Table;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.hearing.HearingViews.RecordView;
import cn.shangliang.hearing.HearingViews.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** A hearing's representatives (presence and sign-off) and its record (听证笔录), public once the session began. */
@ApplicationScoped
public class HearingExports implements ExportSource {

    @Inject
    SessionService sessions;

    @Override
    public Map<String, Maker> exports() {
        return Map.of("hearing-participants", this::participants, "hearing-record", this::record);
    }

    Export participants(long id, ExportContext c) {
        RecordView r = sessions.record(id);
        ExportMessages m = c.m();
        return Table.<ApplicationView>of(c).number(m.number(), ApplicationView::applicationNo).text(m.name(), ApplicationView::name)
                .text(m.category(), ApplicationView::category).text(m.present(), ApplicationView::present)
                .text(m.sign_off(), ApplicationView::signOff).text(m.note(), ApplicationView::signOffNote)
                .time(m.signed_at(), ApplicationView::signedAt)
                .export("hearing-participants-" + id, m.sheet_participants(), r.representatives());
    }

    Export record(long id, ExportContext c) {
        RecordView r = sessions.record(id);
        ExportMessages m = c.m();
        return Table.<StatementView>of(c).number(m.position(), StatementView::seq).text(m.stage(), StatementView::stage)
                .text(m.speaker(), StatementView::speaker).text(m.stance(), StatementView::position)
                .text(m.content(), StatementView::content).time(m.recorded_at(), StatementView::recordedAt)
                .export("hearing-record-" + id, m.sheet_hearing_record(), r.statements());
    }
}
