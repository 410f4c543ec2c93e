package cn.shangliang.hearing;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.hearing.HearingInput.ReportRequest;
import cn.shangliang.hearing.HearingViews.LinkView;
import cn.shangliang.hearing.HearingViews.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The sponsor's report (听证报告): which views were adopted and why, linked to the decision the hearing
 * informed. It waits for every present representative's sign-off of the record.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    HearingAccess access;

    @Inject
    HearingNotices notices;

    @Transactional
    public ReportView publish(long id, ReportRequest request) {
        Hearing h = access.lockForStaff(id, request);
        Refusal.throwIf(HearingService.checkLinks(List.of(request.decision())));
        List<SignOff> signOffs = HearingApplication.selected(h.id).stream()
                .filter(a -> a.present).map(a -> a.signOff).toList();
        Refusal.throwIf(h.workflow().checkPublishReport(h.status, signOffs));
        HearingReport report = new HearingReport();
        report.hearingId = h.id;
        report.summary = request.summary().strip();
        report.viewsFor = request.viewsFor().strip();
        report.viewsAgainst = request.viewsAgainst().strip();
        report.adopted = request.adopted().strip();
        report.notAdopted = request.notAdopted().strip();
        report.publishedAt = access.now();
        report.publishedBy = access.actor();
        report.persist();
        HearingLink decision = HearingService.persistLink(h.id, HearingLink.Purpose.DECISION, request.decision());
        h.status = HearingStatus.REPORT_PUBLISHED;
        notices.report(h, report, decision, access.actor());
        access.audit("hearing.report", "hearing", h.id, decision.refType + " " + decision.title);
        return ReportView.of(report, LinkView.of(decision));
    }

    public ReportView report(long id) {
        Hearing h = access.visible(id);
        HearingReport report = HearingReport.ofHearing(h.id).orElseThrow(() -> DomainException.notFound("not-found.hearing-report"));
        List<HearingLink> decision = HearingLink.of(h.id, HearingLink.Purpose.DECISION);
        return ReportView.of(report, decision.isEmpty() ? null : LinkView.of(decision.get(0)));
    }
}
