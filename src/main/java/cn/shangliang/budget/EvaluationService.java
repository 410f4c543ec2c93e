package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetForms.RatingForm;
import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.ComplaintView;
import cn.shangliang.budget.BudgetViews.EvaluationView;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.List;

/** 评价 and 监督: residents rate completed projects; anyone logged in complains; supervisors answer. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    @Inject
    CurrentUser currentUser;

    /** One rating per resident and project, held by the unique key even when two requests race. */
    @Transactional
    public EvaluationView rate(long projectId, @Valid @NotNull RatingForm form) {
        BudgetProject p = access.project(projectId);
        access.cycleFor(p, BudgetAction.RATE);
        if (!p.status.takesRatings()) {
            throw DomainException.conflict("budget.rating.not-completed");
        }
        Rating r = new Rating();
        r.projectId = p.id;
        r.accountId = access.accountId();
        r.stars = form.stars();
        r.comment = ProjectProposalService.blankToNull(form.comment());
        if (Rating.count("projectId = ?1 and accountId = ?2", p.id, r.accountId) > 0) {
            throw DomainException.conflict("budget.rating.already");
        }
        r.ratedAt = clock.instant();
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("budget.rating.already");
        }
        access.record("project.rate", "project", p.id, BudgetNotices.rated(p, r.stars));
        return evaluation(p.id);
    }

    public EvaluationView evaluation(long projectId) {
        long count = Rating.count("projectId", projectId);
        Long sum = Rating.find("select coalesce(sum(stars), 0) from Rating where projectId = ?1", projectId)
                .project(Long.class).firstResult();
        long stars = sum == null ? 0 : sum;
        Integer mine = currentUser.accountId()
                .flatMap(a -> Rating.<Rating>find("projectId = ?1 and accountId = ?2", projectId, a).<Rating>firstResultOptional())
                .map(r -> r.stars).orElse(null);
        return new EvaluationView(count, PerformanceGrade.score(stars, count), PerformanceGrade.of(stars, count), mine);
    }

    @Transactional
    public ComplaintView complain(long projectId, @Valid @NotNull TextForm form) {
        BudgetProject p = access.project(projectId);
        Complaint complaint = new Complaint();
        complaint.projectId = p.id;
        complaint.author = access.actor();
        complaint.file(access.actorName(), form.text(), clock.instant());
        complaint.persist();
        access.record("supervision.complain", "complaint", complaint.id, BudgetNotices.complained(p, complaint.text));
        return ComplaintView.of(complaint);
    }

    @Transactional
    public ComplaintView answerComplaint(long complaintId, @Valid @NotNull TextForm form) {
        Complaint complaint = BudgetAccess.found(Complaint.findById(complaintId, LockModeType.PESSIMISTIC_WRITE),
                "not-found.complaint");
        BudgetProject p = access.project(complaint.projectId);
        BudgetCycle c = access.cycleFor(p, BudgetAction.ANSWER_COMPLAINT);
        complaint.answerOnce(form.text(), access.actor(), clock.instant(), "budget.complaint.answered");
        access.record("supervision.answer", "complaint", complaint.id,
                BudgetNotices.complaintAnswered(p, complaint.text, complaint.answer), c, BudgetNotices.COMPLAINT_ANSWERED,
                "/budget/projects/" + p.id, null);
        return ComplaintView.of(complaint);
    }

    public List<ComplaintView> complaints(long projectId) {
        return Complaint.ofProject(projectId).stream().map(ComplaintView::of).toList();
    }
}
