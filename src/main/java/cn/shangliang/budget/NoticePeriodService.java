package cn.shangliang.budget;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ObjectionView;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;

/** 公示 and 立项: objections while the selected list is on notice, answers, then confirmation. */
@ApplicationScoped
public class NoticePeriodService {

    @Inject
    Notifications notifications;

    @Inject
    ProjectNotices projectNotices;

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    @Transactional
    public ObjectionView object(long cycleId, @Valid @NotNull TextForm form) {
        BudgetCycle c = access.cycle(cycleId, BudgetAction.OBJECT);
        BudgetAccess.requireStatus(c, CycleStatus.NOTICE);
        if (!clock.instant().isBefore(c.noticeEndsAt)) {
            throw DomainException.conflict("budget.notice.ended");
        }
        Objection o = new Objection();
        o.cycleId = c.id;
        o.accountId = access.accountId();
        o.file(access.actorName(), form.text(), clock.instant());
        o.persist();
        access.record("notice.object", "objection", o.id, BudgetNotices.objected(o.text));
        return ObjectionView.of(o);
    }

    @Transactional
    public ObjectionView answer(long objectionId, @Valid @NotNull TextForm form) {
        Objection o = BudgetAccess.found(Objection.findById(objectionId, LockModeType.PESSIMISTIC_WRITE),
                "not-found.objection");
        BudgetCycle c = access.cycle(o.cycleId, BudgetAction.ANSWER_OBJECTION);
        o.answerOnce(form.text(), access.actor(), clock.instant(), "budget.objection.answered");
        if (o.accountId != null) {
            notifications.toAccounts(NotificationKind.BUDGET_OBJECTION_ANSWERED, List.of(o.accountId), "objection", o.id,
                    c.communityId, "/budget/cycles/" + c.id + "/notice", c.title);
        }
        access.record("notice.answer", "objection", o.id, BudgetNotices.objectionAnswered(o.text, o.answer), c,
                BudgetNotices.OBJECTION_ANSWERED, "/budget/cycles/" + c.id + "/notice", null);
        return ObjectionView.of(o);
    }

    @Transactional
    public CycleView confirm(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        boolean ended = c.noticeEndsAt != null && !clock.instant().isBefore(c.noticeEndsAt);
        Refusal.throwIf(BudgetWorkflow.checkConfirm(c.status, ended, Objection.unanswered(c.id)));
        List<BudgetProject> selected = BudgetProject.ofCycle(c.id, ProjectStatus.SELECTED);
        for (BudgetProject p : selected) {
            p.status = ProjectStatus.APPROVED;
        }
        c.status = CycleStatus.APPROVED;
        c.approvedAt = clock.instant();
        projectNotices.moved(c, selected);
        access.record("notice.confirm", "cycle", c.id, BudgetNotices.confirmed(selected.size()),
                c, BudgetNotices.CONFIRMED, "/budget/cycles/" + c.id, null);
        return CycleView.of(c);
    }

    public List<ObjectionView> objections(long cycleId) {
        return Objection.ofCycle(cycleId).stream().map(ObjectionView::of).toList();
    }
}
