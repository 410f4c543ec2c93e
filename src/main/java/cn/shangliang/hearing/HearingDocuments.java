package cn.shangliang.hearing;

import cn.shangliang.common.print.DocumentSource;
import cn.shangliang.common.print.PrintDocument;
import cn.shangliang.common.print.PrintDocument.Grid;
import cn.shangliang.common.print.PrintDocument.Section;
import cn.shangliang.common.print.PrintContext;
import cn.shangliang.common.print.PrintMessages;
import cn.shangliang.community.Issuers;
import cn.shangliang.hearing.HearingViews.RecordView;
import cn.shangliang.hearing.HearingViews.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A hearing's record (听证笔录: who was there, what was said, the sign-offs) and its report, as A4 papers. */
@ApplicationScoped
public class HearingDocuments implements DocumentSource {

    @Inject
    HearingAccess access;

    @Inject
    SessionService sessions;

    @Inject
    ReportService reports;

    @Inject
    java.time.Clock clock;

    @Override
    public Map<String, Maker> documents() {
        return Map.of("hearing-record", this::record, "hearing-report", this::report);
    }

    PrintDocument record(long id, PrintContext c) {
        PrintMessages m = c.m();
        RecordView r = sessions.record(id);
        Hearing h = access.visible(id);
        List<List<String>> people = r.representatives().stream().map(a -> List.of(a.name(),
                c.label(a.category()), c.yesNo(a.present()),
                c.label(a.signOff()))).toList();
        List<List<String>> rows = r.statements().stream().map(s -> List.of(String.valueOf(s.seq()), c.label(s.stage()),
                s.speaker() == null ? "" : s.speaker(), c.label(s.position()), s.content())).toList();
        return new PrintDocument("hearing-record-" + id, Issuers.of(h.communityId, null, m), m.record_title(h.title),
                m.number(m.kind_hearing(), h.hearingDate.getYear(), id), h.hearingDate,
                List.of(Section.table(m.representatives(), new Grid(List.of(m.name(), m.category(), m.present(), m.sign_off()), people)),
                        Section.table(m.statements(), new Grid(List.of(m.seq(), m.stage(), m.speaker(), m.stance(), m.content()), rows))),
                true,
                "/hearings/" + id + "/record");
    }

    PrintDocument report(long id, PrintContext c) {
        PrintMessages m = c.m();
        ReportView r = reports.report(id);
        Hearing h = access.visible(id);
        LocalDate day = r.publishedAt() == null ? h.hearingDate : LocalDate.ofInstant(r.publishedAt(), clock.getZone());
        return new PrintDocument("hearing-report-" + id, Issuers.of(h.communityId, null, m), m.report_title(h.title),
                m.number(m.kind_hearing(), day.getYear(), id), day,
                List.of(Section.of(m.summary(), r.summary()), Section.of(m.views_for(), r.viewsFor()),
                        Section.of(m.views_against(), r.viewsAgainst()), Section.of(m.adopted(), r.adopted()),
                        Section.of(m.not_adopted(), r.notAdopted())),
                true, "/hearings/" + id + "/report");
    }
}
