package cn.shangliang.budget;

import java.time.LocalDate;

import java.time.Clock;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Home-page items: proposers see their reviewed proposals (for 30 days), residents and council members an
 * open vote or notice, staff unanswered objections and overdue progress reports, supervisors open complaints.
 */
@ApplicationScoped
public class BudgetAttention implements AttentionSource {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    BudgetAccess access;

    @Inject
    Ui ui;

    @Override
    @Transactional
    public List<AttentionItem> itemsForCurrentUser() {
        List<AttentionItem> items = new ArrayList<>();
        if (currentUser.accountId().isEmpty()) {
            return items;
        }
        BudgetMessages text = ui.bundle(BudgetMessages.class);
        long me = currentUser.accountId().get();
        Instant recent = clock.instant().minus(Duration.ofDays(30));
        for (BudgetProject p : BudgetProject.<BudgetProject>list("proposerAccountId = ?1 and reviewedAt > ?2", me, recent)) {
            items.add(new AttentionItem(text.attention_reviewed(p.title, text.project_status(p.status)),
                    "/budget/projects/" + p.id, false));
        }
        for (BudgetCycle c : BudgetCycle.<BudgetCycle>list("status in ?1", List.of(CycleStatus.VOTING, CycleStatus.NOTICE))) {
            boolean staff = access.may(c.communityId, BudgetAction.MANAGE_CYCLE);
            if (c.status == CycleStatus.VOTING && (c.voteMode.council() ? access.may(c.communityId, BudgetAction.VOTE_AS_COUNCIL)
                    : access.may(c.communityId, BudgetAction.VOTE_AS_RESIDENT))) {
                items.add(new AttentionItem(text.attention_vote(c.title), "/budget/cycles/" + c.id + "/vote", false));
            }
            if (c.status == CycleStatus.NOTICE && access.may(c.communityId, BudgetAction.OBJECT)) {
                items.add(new AttentionItem(text.attention_notice(c.title), "/budget/cycles/" + c.id + "/notice", false));
            }
            if (staff && Objection.unanswered(c.id) > 0) {
                items.add(new AttentionItem(text.attention_objections(c.title), "/budget/cycles/" + c.id + "/notice", true));
            }
        }
        addStaffItems(items, text);
        return items;
    }

    private void addStaffItems(List<AttentionItem> items, BudgetMessages text) {
        List<BudgetProject> running = BudgetProject.list("status in ?1",
                List.of(ProjectStatus.IMPLEMENTING, ProjectStatus.RECTIFYING));
        for (BudgetProject p : running) {
            BudgetCycle c = BudgetCycle.findById(p.cycleId);
            if (access.may(c.communityId, BudgetAction.IMPLEMENT) && ProgressSchedule.overdue(p.status, p.contractedOn,
                    ProjectViews.lastReport(p.id), LocalDate.now(clock))) {
                items.add(new AttentionItem(text.attention_overdue(p.title), "/budget/projects/" + p.id, true));
            }
        }
        addMilestoneItems(items, text, running);
        for (Complaint complaint : Complaint.<Complaint>list("answeredAt is null")) {
            BudgetProject p = BudgetProject.findById(complaint.projectId);
            BudgetCycle c = BudgetCycle.findById(p.cycleId);
            if (access.may(c.communityId, BudgetAction.ANSWER_COMPLAINT)) {
                items.add(new AttentionItem(text.attention_complaints(p.title), "/budget/projects/" + p.id, false));
            }
        }
    }

    /**
     * Issue 19: staff are reminded of a step past its date with nothing recorded; supervisors see every missed
     * step of a project still running, which is what they follow up on.
     */
    private void addMilestoneItems(List<AttentionItem> items, BudgetMessages text, List<BudgetProject> running) {
        if (running.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Milestone> open = Milestone.list("projectId in ?1 and (status = ?2 or (status = ?3 and dueOn < ?4))",
                running.stream().map(p -> p.id).toList(), MilestoneStatus.MISSED, MilestoneStatus.PLANNED, today);
        for (Milestone m : open) {
            BudgetProject p = running.stream().filter(r -> r.id.equals(m.projectId)).findFirst().orElseThrow();
            BudgetCycle c = BudgetCycle.findById(p.cycleId);
            if (m.status == MilestoneStatus.MISSED && access.may(c.communityId, BudgetAction.ANSWER_COMPLAINT)) {
                items.add(new AttentionItem(text.attention_milestone_missed(p.title + " · " + m.title),
                        "/budget/projects/" + p.id + "#milestone-" + m.id, false));
            } else if (m.status == MilestoneStatus.PLANNED && access.may(c.communityId, BudgetAction.IMPLEMENT)) {
                items.add(new AttentionItem(text.attention_milestone_due(p.title + " · " + m.title),
                        "/budget/projects/" + p.id + "#milestone-" + m.id, true));
            }
        }
    }
}
