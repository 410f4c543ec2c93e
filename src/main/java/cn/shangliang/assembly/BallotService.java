package cn.shangliang.assembly;


import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online ballots cast with an owner's card. The cast itself is {@link OnlineCast} (the hot path, one lean JDBC
 * transaction); this class keeps the rules it shares with the pages and the staff channels: who the caller votes
 * for, how a choice is encoded, and when a ballot may still be cast or changed.
 */
@ApplicationScoped
public class BallotService {

    /** DOMAIN §6: a ballot may be changed within 10 minutes of casting, even when the window ends meanwhile. */
    public static final Duration CHANGE_GRACE = Duration.ofMinutes(10);

    @Inject
    CurrentUser currentUser;

    @Inject
    JsonWebToken jwt;

    @Inject
    OnlineCast onlineCast;

    /** The voters this card's owner casts for on the decision (usually one). */
    public List<SnapshotVoter> votersOfCaller(Decision d) {
        long ownerId = callerOwnerId(d);
        return SnapshotVoter.list("decisionId = ?1 and delegateOwnerId = ?2 order by voterKey", d.id, ownerId);
    }

    /** Casts or changes the caller's ballot: one lean transaction ({@link OnlineCast}). */
    @RetryOnConflict
    public ReceiptView cast(long decisionId, CastRequest request) {
        return onlineCast.run(decisionId, request, request == null ? null : request.voterKey(), false);
    }

    /** Withdraws the caller's ballot: the voter then has no online ballot (DOMAIN §6). */
    @RetryOnConflict
    public ReceiptView withdraw(long decisionId, String voterKey) {
        return onlineCast.run(decisionId, null, voterKey, true);
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

    /**
     * New ballots only while the window is open; a change or withdrawal also within {@link #CHANGE_GRACE} of a
     * ballot cast before the window ended.
     */
    static void requireOpenFor(Decision d, Instant currentCastAt, Instant now) {
        Phase phase = d.phase(now);
        if (DecisionWorkflow.takesBallots(phase)) {
            return;
        }
        boolean inGrace = phase == Phase.COUNTING && currentCastAt != null && currentCastAt.isBefore(d.closesAt)
                && now.isBefore(currentCastAt.plus(CHANGE_GRACE));
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
