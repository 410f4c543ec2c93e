package cn.shangliang.assembly;

import cn.shangliang.common.db.RetryOnConflict;
import java.time.Clock;

import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online ballots cast with an owner's card: the hot path. Exactly one current ballot per voter under any race:
 * the voter's snapshot row is locked (one row, not the decision), the current ballot is read after that lock
 * (a plain read, see {@code current}), and (decision, voter) is a unique key. The decision row is only
 * share-locked, so casts never wait for each other, only for a close.
 */
@ApplicationScoped
public class BallotService {

    @Inject
    Clock clock;

    /** DOMAIN §6: a ballot may be changed within 10 minutes of casting, even when the window ends meanwhile. */
    public static final Duration CHANGE_GRACE = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser currentUser;

    @Inject
    JsonWebToken jwt;

    @Inject
    AuditLog audit;

    @Inject
    ChoiceSeal seal;

    /** The voters this card's owner casts for on the decision (usually one). */
    public List<SnapshotVoter> votersOfCaller(Decision d) {
        long ownerId = callerOwnerId(d);
        return SnapshotVoter.list("decisionId = ?1 and delegateOwnerId = ?2 order by voterKey", d.id, ownerId);
    }

    @RetryOnConflict
    @Transactional
    public ReceiptView cast(long decisionId, CastRequest request) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_READ);
        if (d == null || d.status == DecisionStatus.DRAFT) {
            throw DomainException.notFound("not-found.decision");
        }
        long ownerId = callerOwnerId(d);
        if (request == null) {
            throw DomainException.badInput("bad-choice");
        }
        SnapshotVoter voter = lockVoter(d, ownerId, request.voterKey());
        Ballot current = current(d, voter);
        String choice = encode(d, request, true);
        Instant now = clock.instant();
        requireOpenFor(d, current, now);
        return record(d, voter, current, choice, ownerId, now);
    }

    /** Withdraws the caller's ballot: the voter then has no online ballot (DOMAIN §6). */
    @RetryOnConflict
    @Transactional
    public ReceiptView withdraw(long decisionId, String voterKey) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_READ);
        if (d == null || d.status == DecisionStatus.DRAFT) {
            throw DomainException.notFound("not-found.decision");
        }
        long ownerId = callerOwnerId(d);
        SnapshotVoter voter = lockVoter(d, ownerId, voterKey);
        Ballot current = current(d, voter);
        if (current == null || current.choice == null) {
            throw DomainException.conflict("no-ballot");
        }
        Instant now = clock.instant();
        requireOpenFor(d, current, now);
        return record(d, voter, current, null, ownerId, now);
    }

    /**
     * The voter's current ballot, read after its snapshot row was locked. A plain read on purpose: a locking
     * read of a row that does not exist yet takes a gap lock, and gap locks of different voters make their
     * first inserts deadlock. The plain read is the transaction's first consistent read (everything before it
     * is a locking read), so it sees every ballot committed by whoever held the voter's lock before us.
     */
    private static Ballot current(Decision d, SnapshotVoter voter) {
        return Ballot.find("decisionId = ?1 and voterKey = ?2", d.id, voter.voterKey).firstResult();
    }

    /** The caller's current ballots on the decision, by voter key. */
    public Map<String, Ballot> currentOfCaller(Decision d) {
        List<String> keys = votersOfCaller(d).stream().map(v -> v.voterKey).toList();
        Map<String, Ballot> mine = new HashMap<>();
        if (!keys.isEmpty()) {
            Ballot.<Ballot>list("decisionId = ?1 and voterKey in ?2", d.id, keys).forEach(b -> mine.put(b.voterKey, b));
        }
        return mine;
    }

    private ReceiptView record(Decision d, SnapshotVoter voter, Ballot current, String choice, long ownerId, Instant now) {
        long cardId = currentUser.cardId().orElseThrow();
        BallotHistory h = new BallotHistory();
        h.decisionId = d.id;
        h.voterKey = voter.voterKey;
        h.choice = choice;
        h.receipt = ReceiptCode.generate(RANDOM);
        h.castAt = now;
        h.ownerId = ownerId;
        h.cardId = cardId;
        h.persist();
        Ballot b = current;
        if (b == null) {
            b = new Ballot();
            b.decisionId = d.id;
            b.voterKey = voter.voterKey;
            b.firstCastAt = now;
        }
        b.choice = choice;
        b.receipt = h.receipt;
        b.sequence = h.id;
        b.castAt = now;
        b.ownerId = ownerId;
        b.cardId = cardId;
        if (current == null) {
            b.persist();
        }
        String action = choice == null ? "assembly.ballot.withdraw" : current == null ? "assembly.ballot.cast" : "assembly.ballot.change";
        // The entry proves the history without telling anyone what was chosen: a commitment, never the choice.
        audit.record(currentUser.auditName(), action, "assembly_decision", d.id, "voter " + voter.voterKey
                + " online ballot " + h.id + " commitment " + seal.commit(h.commitmentFields()));
        return new ReceiptView(d.id, h.receipt, choice, now, changeableUntil(d, now));
    }

    /**
     * New ballots only while the window is open; a change or withdrawal also within {@link #CHANGE_GRACE} of a
     * ballot cast before the window ended.
     */
    static void requireOpenFor(Decision d, Ballot current, Instant now) {
        Phase phase = d.phase(now);
        if (phase == Phase.VOTING) {
            return;
        }
        boolean inGrace = phase == Phase.COUNTING && current != null && current.castAt.isBefore(d.closesAt)
                && now.isBefore(current.castAt.plus(CHANGE_GRACE));
        if (!inGrace) {
            throw DomainException.withCode(409, "not-open", phase == Phase.NOTICE ? "not-open.notice" : "not-open.ended");
        }
    }

    static Instant changeableUntil(Decision d, Instant castAt) {
        Instant grace = castAt.plus(CHANGE_GRACE);
        return castAt.isBefore(d.closesAt) && grace.isAfter(d.closesAt) ? grace : d.closesAt;
    }

    /** The caller's owner id, if the caller holds a card of the decision's estate. */
    long callerOwnerId(Decision d) {
        if (currentUser.cardId().isEmpty()) {
            throw DomainException.forbidden("forbidden.assembly.card-required");
        }
        Long estate = claim("estate");
        if (!jwt.getGroups().contains(Role.OWNER.name()) || estate == null || estate != d.estateId.longValue()) {
            throw DomainException.forbidden("forbidden.assembly.card-other-estate");
        }
        Long owner = claim("owner");
        if (owner == null) {
            throw DomainException.forbidden("forbidden.assembly.card-no-owner");
        }
        return owner;
    }

    /** The owner id of a logged-in card of the decision's estate; null for anyone else (no refusal). */
    Long ownerOfCard(Decision d) {
        Long estate = claim("estate");
        if (currentUser.cardId().isEmpty() || !jwt.getGroups().contains(Role.OWNER.name()) || estate == null
                || estate != d.estateId.longValue()) {
            return null;
        }
        return claim("owner");
    }

    /**
     * A numeric claim of the card token. Parsed tokens give custom claims as JSON values, not as Java numbers,
     * so both are read here (CurrentUser.hasRole casts to Number and fails on a parsed card token).
     */
    private Long claim(String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return null;
    }

    private static SnapshotVoter lockVoter(Decision d, long ownerId, String voterKey) {
        List<SnapshotVoter> voters = SnapshotVoter.<SnapshotVoter>find(
                        "decisionId = ?1 and delegateOwnerId = ?2" + (voterKey != null ? " and voterKey = ?3" : ""),
                        voterKey != null ? new Object[]{d.id, ownerId, voterKey} : new Object[]{d.id, ownerId})
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (voters.isEmpty()) {
            throw DomainException.forbidden("forbidden.assembly.not-on-roll");
        }
        if (voters.size() > 1) {
            throw DomainException.badInput("voter-required");
        }
        return voters.get(0);
    }

    /**
     * Encodes the request's choice for the decision. An online election ballot that agrees with more candidates
     * than there are seats is refused here; on paper the same ballot is recorded and counted as void.
     */
    static String encode(Decision d, CastRequest request, boolean refuseOverSeats) {
        if (!d.election()) {
            return ChoiceCodec.of(ChoiceCodec.parse(request.choice()));
        }
        if (request.choices() == null || request.choices().isEmpty()) {
            throw DomainException.withCode(400, "bad-choice", "bad-choice.candidates");
        }
        Map<Long, Choice> marks = new HashMap<>();
        request.choices().forEach((candidate, name) -> marks.put(candidate, ChoiceCodec.parse(name)));
        String encoded = ChoiceCodec.of(marks, Candidate.of(d.id));
        if (refuseOverSeats && ChoiceCodec.agreements(encoded) > d.seats) {
            throw DomainException.badInput("too-many-agree", d.seats);
        }
        return encoded;
    }
}
