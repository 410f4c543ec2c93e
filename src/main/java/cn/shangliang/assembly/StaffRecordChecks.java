package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffRecordCheck.Answer;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One staff account can't overturn an owner's own online ballot: a proxy mandate or paper sheet staff record for an
 * owner who voted online is held out of the count until a second staff member confirms it (paper: its second entry
 * by another account), it is flagged on the owner's home page, and the owner may confirm it (it counts, the online
 * ballot is set aside) or reject it (it never counts) until the close. Rules and sources: ballot-privacy.md.
 */
@ApplicationScoped
public class StaffRecordChecks {

    /** CONFIRMED or REJECTED, from JSON or the buttons of the owner's page. */
    public record AnswerRequest(String answer) {

        Answer parsed() {
            for (Answer a : Answer.values()) {
                if (a.name().equals(answer)) {
                    return a;
                }
            }
            throw Refusal.of(RuleViolation.invalid("bad-answer"));
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    DecisionService decisions;

    @Inject
    BallotService ballots;

    @Inject
    Clock clock;

    /** A check as staff see it: who recorded and confirmed what, and the owner's answer; never a choice. */
    public record CheckView(long id, String voterKey, BallotChannel channel, String recordRef, Instant createdAt,
                            String createdBy, String confirmedBy, Answer ownerAnswer) {

        /** A proxy record waits for a second staff account ({@link #confirm}); paper has its double entry instead. */
        public boolean awaitsConfirmation() {
            return channel == BallotChannel.PROXY && confirmedBy == null;
        }
    }

    /** A check as its owner sees it, with what the staff record says they chose. */
    public record OwnerCheckView(long id, String voterKey, BallotChannel channel, String recordRef, Instant createdAt,
                                 String proxyName, String choice, boolean staffConfirmed, Answer ownerAnswer,
                                 boolean answerable) {
    }

    /** Every check of one decision, as the count reads them. */
    public record Checks(Map<String, StaffRecordCheck> byRecord) {

        boolean counts(BallotChannel channel, String ref) {
            StaffRecordCheck c = byRecord.get(channel + ":" + ref);
            return c == null || c.counts();
        }

        /** The owner confirmed a staff record, so their own online ballot is set aside. */
        boolean ownerConfirmedOther(String voterKey) {
            return byRecord.values().stream().anyMatch(c -> c.voterKey.equals(voterKey) && c.ownerAnswer == Answer.CONFIRMED);
        }

        /** Every voter whose owner confirmed a staff record (set aside their online ballot), in one pass. */
        java.util.Set<String> ownersConfirmedOther() {
            java.util.Set<String> voters = new java.util.HashSet<>();
            byRecord.values().forEach(c -> {
                if (c.ownerAnswer == Answer.CONFIRMED) {
                    voters.add(c.voterKey);
                }
            });
            return voters;
        }
    }

    public Checks of(long decisionId) {
        Map<String, StaffRecordCheck> map = new HashMap<>();
        for (StaffRecordCheck c : StaffRecordCheck.<StaffRecordCheck>list("decisionId", decisionId)) {
            map.put(c.channel + ":" + c.recordRef, c);
        }
        return new Checks(map);
    }

    boolean counts(long decisionId, String voterKey, BallotChannel channel, String ref) {
        StaffRecordCheck c = StaffRecordCheck.find("decisionId = ?1 and channel = ?2 and recordRef = ?3", decisionId,
                channel, ref).firstResult();
        return c == null || c.counts();
    }

    boolean ownerConfirmedOther(long decisionId, String voterKey) {
        return StaffRecordCheck.count("decisionId = ?1 and voterKey = ?2 and ownerAnswer = ?3", decisionId, voterKey,
                Answer.CONFIRMED) > 0;
    }

    /**
     * Called by every staff record of a proxy mandate, proxy ballot or paper entry, with the decision row locked:
     * opens a check when the owner has an online ballot and none is open for this record yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onStaffRecord(Decision d, String voterKey, BallotChannel channel, String ref) {
        boolean votedOnline = Ballot.count("decisionId = ?1 and voterKey = ?2 and choice is not null", d.id, voterKey) > 0;
        if (!votedOnline || StaffRecordCheck.count("decisionId = ?1 and channel = ?2 and recordRef = ?3", d.id, channel, ref) > 0) {
            return;
        }
        StaffRecordCheck c = new StaffRecordCheck();
        c.decisionId = d.id;
        c.voterKey = voterKey;
        c.channel = channel;
        c.recordRef = ref;
        c.createdAt = clock.instant();
        c.createdBy = currentUser.auditName();
        c.persist();
        audit.record(c.createdBy, "assembly.staff-record.check", "assembly_decision", d.id,
                "check " + c.id + " voter " + voterKey + " has an online ballot; " + channel + " " + ref + " held for confirmation");
    }

    /** A second staff account confirms a proxy record; the account that recorded it cannot. */
    @Transactional
    public CheckView confirm(long decisionId, long checkId) {
        Decision d = decisions.lockForStaff(decisionId);
        StaffRecordCheck c = find(d, checkId);
        String staff = currentUser.auditName();
        if (c.channel != BallotChannel.PROXY) {
            throw Refusal.of(RuleViolation.conflict("paper-double-entry"));
        }
        if (c.confirmedBy != null) {
            throw Refusal.of(RuleViolation.conflict("already-confirmed"));
        }
        if (recordedBy(c).contains(staff)) {
            throw DomainException.withCode(409, "same-staff", "same-staff.confirm");
        }
        c.confirmedBy = staff;
        c.confirmedAt = clock.instant();
        audit.record(staff, "assembly.staff-record.confirm", "assembly_decision", d.id, "check " + c.id + " confirmed");
        return view(c);
    }

    /** The owner confirms or rejects a staff record made in their name, until the close. */
    @Transactional
    public OwnerCheckView answer(long decisionId, long checkId, Answer answer) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_READ);
        if (d == null || !DecisionWorkflow.isPublic(d.status)) {
            throw Refusal.of(RuleViolation.notFound("decision-not-found"));
        }
        if (answer == null) {
            throw Refusal.of(RuleViolation.invalid("bad-answer"));
        }
        Set<String> own = ownVoterKeys(d);
        StaffRecordCheck c = StaffRecordCheck.findById(checkId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.decisionId.equals(d.id) || !own.contains(c.voterKey)) {
            throw Refusal.of(RuleViolation.notFound("staff-record-not-found"));
        }
        if (!answerable(d, c)) {
            throw Refusal.of(RuleViolation.conflict(c.ownerAnswer != null ? "already-answered" : "answer-closed"));
        }
        c.ownerAnswer = answer;
        c.answeredAt = clock.instant();
        audit.record(currentUser.auditName(), "assembly.staff-record.answer", "assembly_decision", d.id,
                "check " + c.id + " " + answer);
        return ownerView(d, c);
    }

    public List<CheckView> forStaff(long decisionId) {
        decisions.requireStaff(decisionId);
        return StaffRecordCheck.<StaffRecordCheck>list("decisionId = ?1 order by id", decisionId).stream()
                .map(StaffRecordChecks::view).toList();
    }

    public List<OwnerCheckView> forOwner(long decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null || !DecisionWorkflow.isPublic(d.status)) {
            throw Refusal.of(RuleViolation.notFound("decision-not-found"));
        }
        Set<String> own = ownVoterKeys(d);
        if (own.isEmpty()) {
            return List.of();
        }
        return StaffRecordCheck.<StaffRecordCheck>list("decisionId = ?1 and voterKey in ?2 order by id", d.id, own)
                .stream().map(c -> ownerView(d, c)).toList();
    }

    /** Decisions where the owner has a staff record to answer, for the home page. */
    public List<Decision> awaitingOwner(long ownerId, long estateId) {
        Instant now = clock.instant();
        return Decision.<Decision>list("estateId = ?1 and status = ?2", estateId, DecisionStatus.PUBLISHED).stream()
                .filter(d -> !now.isAfter(d.closesAt))
                .filter(d -> {
                    Set<String> keys = SnapshotVoter.<SnapshotVoter>list("decisionId = ?1 and delegateOwnerId = ?2", d.id, ownerId)
                            .stream().map(v -> v.voterKey).collect(Collectors.toSet());
                    return !keys.isEmpty() && StaffRecordCheck.count(
                            "decisionId = ?1 and voterKey in ?2 and ownerAnswer is null", d.id, keys) > 0;
                }).toList();
    }

    private Set<String> ownVoterKeys(Decision d) {
        Long owner = ballots.ownerOfCard(d);
        if (owner == null) {
            throw Refusal.of(RuleViolation.forbidden("own-card-required"));
        }
        return SnapshotVoter.<SnapshotVoter>list("decisionId = ?1 and delegateOwnerId = ?2", d.id, owner).stream()
                .map(v -> v.voterKey).collect(Collectors.toSet());
    }

    /** Until the close; and only once. */
    private boolean answerable(Decision d, StaffRecordCheck c) {
        Phase phase = d.phase(clock.instant());
        return c.ownerAnswer == null && (phase == Phase.VOTING || phase == Phase.COUNTING);
    }

    private static StaffRecordCheck find(Decision d, long checkId) {
        StaffRecordCheck c = StaffRecordCheck.findById(checkId);
        if (c == null || !c.decisionId.equals(d.id)) {
            throw Refusal.of(RuleViolation.notFound("staff-record-not-found"));
        }
        return c;
    }

    /** Who recorded the mandate and the proxy ballots under it. */
    private static Set<String> recordedBy(StaffRecordCheck c) {
        long mandate = Long.parseLong(c.recordRef);
        Set<String> who = ProxyBallotRecord.<ProxyBallotRecord>list("mandateId", mandate).stream()
                .map(p -> p.recordedBy).collect(Collectors.toSet());
        ProxyMandateRecord m = ProxyMandateRecord.findById(mandate);
        if (m != null) {
            who.add(m.registeredBy);
        }
        who.add(c.createdBy);
        return who;
    }

    private static CheckView view(StaffRecordCheck c) {
        return new CheckView(c.id, c.voterKey, c.channel, c.recordRef, c.createdAt, c.createdBy, c.confirmedBy, c.ownerAnswer);
    }

    private OwnerCheckView ownerView(Decision d, StaffRecordCheck c) {
        String proxyName = null;
        String choice;
        if (c.channel == BallotChannel.PROXY) {
            ProxyMandateRecord m = ProxyMandateRecord.findById(Long.parseLong(c.recordRef));
            proxyName = m.proxyName;
            ProxyBallotRecord latest = ProxyBallotRecord.find("mandateId = ?1 order by id desc", m.id).firstResult();
            choice = latest != null ? latest.choice : m.instruction;
        } else {
            PaperBallotEntry e = PaperBallotEntry.find("decisionId = ?1 and sheetNo = ?2 and voidedAt is null order by id",
                    d.id, c.recordRef).firstResult();
            choice = e == null ? null : e.choice;
        }
        return new OwnerCheckView(c.id, c.voterKey, c.channel, c.recordRef, c.createdAt, proxyName, choice,
                c.channel == BallotChannel.PAPER || c.confirmedBy != null, c.ownerAnswer, answerable(d, c));
    }
}
