package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetForms.AttendanceForm;
import cn.shangliang.budget.BudgetForms.TallyForm;
import cn.shangliang.budget.BudgetForms.VoteForm;
import cn.shangliang.budget.BudgetViews.AttendeeView;
import cn.shangliang.budget.BudgetViews.TallyLine;
import cn.shangliang.budget.BudgetViews.TallyView;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.Threshold;
import cn.shangliang.identity.Account;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 票决: who of the council is present, and the ballots. A ballot takes a shared lock on the cycle (so ballots do
 * not wait for each other but closing the vote waits for them) and relies on the unique voter key for "one per
 * person". A voter may change their ballot within 10 minutes of casting it (DOMAIN.md §6) while the vote is open.
 */
@ApplicationScoped
public class VoteService {

    @Inject
    Clock clock;

    static final Duration CHANGE_WINDOW = Duration.ofMinutes(10);

    @Inject
    BudgetAccess access;

    /** Accounts holding a council role on the community (the council feature keeps the members themselves). */
    public List<AttendeeView> councilMembers(long communityId) {
        List<RoleGrant> grants = RoleGrant.list("role in ?1 and scopeType = ?2 and scopeId = ?3 order by accountId",
                List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR), Scope.Type.COMMUNITY, communityId);
        Map<Long, AttendeeView> members = new LinkedHashMap<>();
        for (RoleGrant g : grants) {
            Account a = Account.findById(g.accountId);
            members.putIfAbsent(g.accountId, new AttendeeView(g.accountId, a == null ? "#" + g.accountId : a.displayName));
        }
        return List.copyOf(members.values());
    }

    @Transactional
    public TallyView recordAttendance(long cycleId, @Valid @NotNull AttendanceForm form) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.RECORD_ATTENDANCE);
        BudgetAccess.requireStatus(c, CycleStatus.VOTING);
        if (!c.voteMode.council()) {
            throw DomainException.conflict("budget.vote.mode");
        }
        List<DomainException.FieldError> wrong = new ArrayList<>();
        List<Long> ids = form.accountIds() == null ? List.of() : List.copyOf(new HashSet<>(form.accountIds()));
        Map<Long, String> members = new LinkedHashMap<>();
        councilMembers(c.communityId).forEach(m -> members.put(m.accountId(), m.name()));
        if (!members.keySet().containsAll(ids)) {
            wrong.add(new DomainException.FieldError("accountIds", "field.budget.members-only"));
        }
        int total = form.membersTotal() == null ? members.size() : form.membersTotal();
        if (total < 1) {
            wrong.add(DomainException.FieldError.of("membersTotal", "field.between", 1, 1000));
        } else if (ids.size() > total) {
            wrong.add(new DomainException.FieldError("membersTotal", "field.budget.members-total"));
        }
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
        if (BudgetBallot.count("cycleId = ?1 and source in ?2", c.id,
                List.of(BudgetBallot.Source.COUNCIL, BudgetBallot.Source.COUNCIL_TALLY)) > 0) {
            throw DomainException.conflict("budget.vote.started");
        }
        Attendee.delete("cycleId", c.id);
        for (Long id : ids) {
            Attendee a = new Attendee();
            a.cycleId = c.id;
            a.accountId = id;
            a.name = members.get(id);
            a.persist();
        }
        c.membersTotal = total;
        boolean quorum = Threshold.parse(c.quorum).isMetBy(ids.size(), total);
        access.record("vote.attendance", "cycle", c.id, BudgetNotices.attendance(total, ids.size(), quorum, c.quorum));
        return tally(c.id);
    }

    @Transactional
    public TallyView voteAsCouncil(long cycleId, VoteForm form) {
        BudgetCycle c = councilVote(cycleId, BudgetAction.VOTE_AS_COUNCIL);
        long me = access.accountId();
        if (!Attendee.present(c.id, me)) {
            throw DomainException.forbidden("forbidden.budget.not-present");
        }
        cast(c, me, BudgetBallot.Source.COUNCIL, form.projectIds(), form.points());
        return tally(c.id);
    }

    @Transactional
    public TallyView recordTally(long cycleId, TallyForm form) {
        BudgetCycle c = councilVote(cycleId, BudgetAction.RECORD_TALLY);
        if (form.memberAccountId() == null || !Attendee.present(c.id, form.memberAccountId())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("memberAccountId", "field.budget.member-present")));
        }
        cast(c, form.memberAccountId(), BudgetBallot.Source.COUNCIL_TALLY, form.projectIds(), form.points());
        return tally(c.id);
    }

    @Transactional
    public TallyView voteAsResident(long cycleId, VoteForm form) {
        BudgetCycle c = access.shareLockCycle(cycleId, BudgetAction.VOTE_AS_RESIDENT);
        BudgetAccess.requireStatus(c, CycleStatus.VOTING);
        if (c.voteMode != VoteMode.RESIDENTS_APPROVAL) {
            throw DomainException.withCode(409, "budget.vote.mode", "budget.vote.mode.council");
        }
        Refusal.throwIf(BudgetWorkflow.checkVoteOpen(c.voteEndsAt, clock.instant()));
        cast(c, access.accountId(), BudgetBallot.Source.RESIDENT, form.projectIds(), List.of());
        return tally(c.id);
    }

    /** The cycle of a council vote that is open, once the caller may take {@code action} in it. */
    private BudgetCycle councilVote(long cycleId, BudgetAction action) {
        BudgetCycle c = access.shareLockCycle(cycleId, action);
        BudgetAccess.requireStatus(c, CycleStatus.VOTING);
        if (!c.voteMode.council()) {
            throw DomainException.withCode(409, "budget.vote.mode", "budget.vote.mode.residents");
        }
        return c;
    }

    private void cast(BudgetCycle c, long voter, BudgetBallot.Source source, List<Long> projectIds, List<Integer> points) {
        Map<Long, Integer> choices = choices(c, projectIds, points);
        String key = "account:" + voter;
        BudgetBallot ballot = BudgetBallot.<BudgetBallot>find("cycleId = ?1 and voterKey = ?2", c.id, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (ballot != null) {
            boolean ownChange = ballot.source == source && clock.instant().isBefore(ballot.castAt.plus(CHANGE_WINDOW));
            if (!ownChange) {
                throw DomainException.conflict("budget.vote.already");
            }
            BallotChoice.delete("ballotId", ballot.id);
        } else {
            ballot = new BudgetBallot();
            ballot.cycleId = c.id;
            ballot.voterKey = key;
            ballot.accountId = voter;
            ballot.source = source;
        }
        ballot.recordedBy = access.actor();
        ballot.castAt = clock.instant();
        try {
            ballot.persistAndFlush();
        } catch (PersistenceException e) {
            throw DomainException.withCode(409, "budget.vote.already", "budget.vote.already.final");
        }
        for (Map.Entry<Long, Integer> choice : choices.entrySet()) {
            BallotChoice bc = new BallotChoice();
            bc.ballotId = ballot.id;
            bc.projectId = choice.getKey();
            bc.points = choice.getValue();
            bc.persist();
        }
        access.record("vote.cast", "ballot", ballot.id, BudgetNotices.ballotCast(source, choices.size()));
    }

    /** Approvals: distinct accepted projects, at most k. Scores: every accepted project 0..max. */
    private static Map<Long, Integer> choices(BudgetCycle c, List<Long> projectIds, List<Integer> points) {
        Set<Long> accepted = new HashSet<>();
        BudgetProject.ofCycle(c.id, ProjectStatus.ACCEPTED).forEach(p -> accepted.add(p.id));
        List<Long> ids = projectIds == null ? List.of() : projectIds;
        Map<Long, Integer> choices = new LinkedHashMap<>();
        List<DomainException.FieldError> wrong = new ArrayList<>();
        boolean score = c.voteMode == VoteMode.COUNCIL_SCORE;
        if (score && (points == null || points.size() != ids.size())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("points", "field.budget.ballot-points")));
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !accepted.contains(id) || choices.containsKey(id)) {
                wrong.add(new DomainException.FieldError("projectIds", "field.budget.ballot-projects"));
                break;
            }
            Integer value = score ? points.get(i) : Integer.valueOf(1);
            if (value == null) {
                wrong.add(new DomainException.FieldError("points", "field.required"));
            } else if (value < 0 || value > c.maxScore) {
                wrong.add(DomainException.FieldError.of("points", "field.between", 0, c.maxScore));
            } else if (value > 0) {
                choices.put(id, value);
            }
        }
        if (!score && choices.isEmpty()) {
            // an empty approval ballot is almost always a slip (nothing ticked); it would count as taking part
            wrong.add(new DomainException.FieldError("projectIds", "field.budget.ballot-empty"));
        }
        if (!score && choices.size() > c.maxApprovals) {
            wrong.add(DomainException.FieldError.of("projectIds", "field.budget.ballot-max", c.maxApprovals));
        }
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
        return choices;
    }

    public TallyView tally(long cycleId) {
        BudgetCycle c = access.cycle(cycleId);
        boolean hidden = BudgetWorkflow.countsHidden(c.status, c.voteMode);
        List<TallyLine> lines = new ArrayList<>();
        for (BudgetProject p : BudgetProject.ofCycle(c.id)) {
            if (p.status == ProjectStatus.SUBMITTED || p.status == ProjectStatus.REJECTED || p.status == ProjectStatus.MERGED) {
                continue;
            }
            if (hidden) {
                lines.add(new TallyLine(p.id, p.title, p.estimatedCostFen, null, null));
                continue;
            }
            long supporters = BallotChoice.count("projectId = ?1 and points > 0", p.id);
            Long points = BallotChoice.find("select coalesce(sum(points), 0) from BallotChoice where projectId = ?1", p.id)
                    .project(Long.class).firstResult();
            lines.add(new TallyLine(p.id, p.title, p.estimatedCostFen, supporters, points == null ? 0L : points));
        }
        int present = (int) Attendee.count("cycleId", c.id);
        boolean quorum = c.membersTotal != null && Threshold.parse(c.quorum).isMetBy(present, c.membersTotal);
        return new TallyView(BudgetBallot.count("cycleId", c.id), present, c.membersTotal, quorum, lines, hidden);
    }

    public List<AttendeeView> attendees(long cycleId) {
        return Attendee.ofCycle(cycleId).stream().map(a -> new AttendeeView(a.accountId, a.name)).toList();
    }

    /** The projects the caller chose, if they voted. */
    public Map<Long, Integer> myChoices(long cycleId, long accountId) {
        Map<Long, Integer> mine = new LinkedHashMap<>();
        BudgetBallot.of(cycleId, "account:" + accountId).ifPresent(b ->
                BallotChoice.<BallotChoice>list("ballotId", b.id).forEach(ch -> mine.put(ch.projectId, ch.points)));
        return mine;
    }
}
