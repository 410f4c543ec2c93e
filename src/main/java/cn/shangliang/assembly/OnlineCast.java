package cn.shangliang.assembly;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.Claims;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.SessionEndedException;
import cn.shangliang.identity.SessionGuard;
import cn.shangliang.identity.SessionRules;
import cn.shangliang.ownercard.CardSessionAugmentor;
import cn.shangliang.ownercard.OwnerCardStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An online cast, change or withdrawal as one lean JDBC transaction: the hot path of an assembly (issue 17). Six
 * round trips: {@code START TRANSACTION}, one share-locking read of session, card, decision and the caller's voter
 * rows, the history row, the current-ballot upsert, the audit entry, {@code COMMIT}. The session and card checks
 * that every other request gets from {@link SessionGuard} and {@link CardSessionAugmentor} run here instead,
 * inside the transaction (the augmentors skip this endpoint, see {@link SessionGuard#checkedInTransaction}), so a
 * logout or a card revocation either commits before the cast (and the cast is refused) or waits for it.
 *
 * <p>Concurrency: the decision row is share-locked as before, so a close waits for casts in flight and casts never
 * wait for each other. Two casts of the same voter are ordered by their history ids: the upsert keeps the row
 * with the higher sequence, so the current ballot is always the voter's latest history row and (decision, voter)
 * stays unique. No locking read touches a ballot row that may not exist, so there are no gap locks between
 * voters' first casts.
 *
 * <p>The transaction is managed here (autocommit stays on between casts: no toggling); a conflict rolls it back
 * whole and {@link RetryOnConflict} runs it again.
 */
@ApplicationScoped
public class OnlineCast {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Hibernate writes instants as UTC ({@code quarkus.hibernate-orm.jdbc.timezone}); so does this path, as UTC local
     * date-times (a {@code Calendar} per value cost more than the statement's own encoding, issue 17).
     */
    private static final ZoneOffset UTC = ZoneOffset.UTC;

    private static final String CHECK = "SELECT s.subject, s.created_at, s.last_seen_at, s.ended_at,"
            + " c.status, c.estate_id, c.owner_id, c.pin_change_required,"
            + " d.status, d.estate_id, d.matter_type, d.seats, d.opens_at, d.closes_at, v.voter_key"
            + " FROM auth_session s LEFT JOIN owner_card c ON c.id = ?"
            + " LEFT JOIN assembly_decision d ON d.id = ?"
            + " LEFT JOIN assembly_roster_voter v ON v.decision_id = d.id AND v.delegate_owner_id = c.owner_id";
    private static final String CHECK_END = " WHERE s.id = ? LOCK IN SHARE MODE";

    private static final String CURRENT = "SELECT choice, cast_at FROM assembly_ballot WHERE decision_id = ? AND voter_key = ?";

    private static final String HISTORY = "INSERT INTO assembly_ballot_history"
            + " (decision_id, voter_key, choice, receipt, cast_at, owner_id, card_id) VALUES (?,?,?,?,?,?,?)";

    /** Keeps whichever of two racing casts has the later history row; {@code sequence} is assigned last on purpose. */
    private static final String UPSERT = "INSERT INTO assembly_ballot (decision_id, voter_key, choice, receipt, sequence,"
            + " first_cast_at, cast_at, owner_id, card_id, version) VALUES (?,?,?,?,?,?,?,?,?,0)"
            + " ON DUPLICATE KEY UPDATE"
            + " choice = IF(VALUES(sequence) > sequence, VALUES(choice), choice),"
            + " receipt = IF(VALUES(sequence) > sequence, VALUES(receipt), receipt),"
            + " cast_at = IF(VALUES(sequence) > sequence, VALUES(cast_at), cast_at),"
            + " owner_id = IF(VALUES(sequence) > sequence, VALUES(owner_id), owner_id),"
            + " card_id = IF(VALUES(sequence) > sequence, VALUES(card_id), card_id),"
            + " version = IF(VALUES(sequence) > sequence, version + 1, version),"
            + " sequence = GREATEST(sequence, VALUES(sequence))"
            + " RETURNING version, sequence";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ChoiceSeal seal;

    @Inject
    JsonWebToken jwt;

    @Inject
    SessionGuard sessions;

    /**
     * Casts or changes the caller's ballot, or withdraws it ({@code withdraw}, no request). One transaction; its
     * callers' entry points ({@code BallotService.cast/withdraw}) carry {@link RetryOnConflict}, so a deadlock, a lock
     * timeout or a Galera certification failure runs it again whole, once per attempt (not retries within retries).
     */
    public ReceiptView run(long decisionId, CastRequest request, String voterKey, boolean withdraw) {
        Caller caller = caller();
        try (Connection c = dataSource.getConnection()) {
            return run(c, caller, decisionId, request, voterKey, withdraw);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the ballot", e);
        }
    }

    /** Who calls, from the token alone (already verified); the rows behind it are checked in the transaction. */
    record Caller(String subject, long cardId, Long sessionId, Long estateClaim, Long ownerClaim, boolean owner) {
    }

    Caller caller() {
        String subject = jwt.getSubject();
        if (subject == null || !subject.startsWith(CurrentUser.CARD_PREFIX)) {
            throw DomainException.forbidden("forbidden.assembly.card-required");
        }
        long cardId;
        try {
            cardId = Long.parseLong(subject.substring(CurrentUser.CARD_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw DomainException.forbidden("forbidden.assembly.card-required");
        }
        return new Caller(subject, cardId, Claims.longClaim(jwt, CurrentUser.SESSION_CLAIM),
                Claims.longClaim(jwt, "estate"), Claims.longClaim(jwt, "owner"),
                jwt.getGroups().contains(Role.OWNER.name()));
    }

    /** The whole transaction on one connection (the round-trip test counts what it sends). */
    ReceiptView run(Connection c, Caller caller, long decisionId, CastRequest request, String voterKey,
                    boolean withdraw) throws SQLException {
        if (caller.sessionId() == null) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, true);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Recorded recorded;
        try (Statement tx = c.createStatement()) {
            tx.execute("START TRANSACTION");
            boolean committed = false;
            try {
                recorded = inTransaction(c, caller, decisionId, request, voterKey, withdraw, now);
                tx.execute("COMMIT");
                committed = true;
            } finally {
                if (!committed) {
                    rollback(tx);
                }
            }
        }
        // Last-seen is written at most once a minute, outside the cast, as SessionGuard does for other requests.
        Instant real = Instant.now(Clocks.REAL);
        if (sessions.rules().mustTouch(recorded.session(), real)) {
            sessions.touch(caller.sessionId(), real);
        }
        return recorded.receipt();
    }

    private record Recorded(ReceiptView receipt, SessionRules.State session) {
    }

    private Recorded inTransaction(Connection c, Caller caller, long decisionId, CastRequest request, String voterKey,
                                   boolean withdraw, Instant now) throws SQLException {
        Checked checked = check(c, caller, decisionId, voterKey);
        Decision d = checked.decision();
        if (!withdraw && request == null) {
            throw DomainException.badInput("bad-choice");
        }
        String voter = checked.voterKey();
        // The current ballot matters only to a withdrawal and after the window (the change grace): read it then only.
        Current current = withdraw || d.phase(now) != Phase.VOTING ? current(c, decisionId, voter) : null;
        String choice = null;
        if (withdraw) {
            if (current == null || current.choice() == null) {
                throw DomainException.conflict("no-ballot");
            }
        } else {
            choice = BallotService.encode(d, request, true);
        }
        BallotService.requireOpenFor(d, current == null ? null : current.castAt(), now);
        return new Recorded(write(c, d, voter, choice, checked.ownerId(), caller, now), checked.session());
    }

    private record Checked(SessionRules.State session, Decision decision, long ownerId, String voterKey) {
    }

    /**
     * Session, card, decision and the caller's voter rows in one share-locking read, checked in the order the
     * request filters and the service always checked them: session, card, PIN, decision, estate, roll.
     */
    private Checked check(Connection c, Caller caller, long decisionId, String voterKey) throws SQLException {
        List<String> voters = new ArrayList<>(1);
        boolean found = false;
        String subject = null;
        SessionRules.State session = null;
        String cardStatus = null;
        long cardEstate = 0, cardOwner = 0;
        boolean pinChange = false;
        Decision d = null;
        try (PreparedStatement st = c.prepareStatement(CHECK + (voterKey != null ? " AND v.voter_key = ?" : "") + CHECK_END)) {
            int p = 1;
            st.setLong(p++, caller.cardId());
            st.setLong(p++, decisionId);
            if (voterKey != null) {
                st.setString(p++, voterKey);
            }
            st.setLong(p, caller.sessionId());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!found) {
                        found = true;
                        subject = rs.getString(1);
                        session = new SessionRules.State(instant(rs, 2), instant(rs, 3), instant(rs, 4), true, false);
                        cardStatus = rs.getString(5);
                        cardEstate = rs.getLong(6);
                        cardOwner = rs.getLong(7);
                        pinChange = rs.getBoolean(8);
                        if (rs.getString(9) != null) {
                            d = new Decision();
                            d.id = decisionId;
                            d.status = DecisionStatus.valueOf(rs.getString(9));
                            d.estateId = rs.getLong(10);
                            d.matterType = cn.shangliang.assembly.rules.MatterType.valueOf(rs.getString(11));
                            d.seats = (Integer) rs.getObject(12, Integer.class);
                            d.opensAt = instant(rs, 13);
                            d.closesAt = instant(rs, 14);
                        }
                    }
                    if (rs.getString(15) != null) {
                        voters.add(rs.getString(15));
                    }
                }
            }
        }
        if (!found || !caller.subject().equals(subject)) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, true);
        }
        SessionRules.Verdict verdict = sessions.rules().judge(session, Instant.now(Clocks.REAL));
        if (verdict != SessionRules.Verdict.ACTIVE) {
            throw new SessionEndedException(verdict, true);
        }
        CardSessionAugmentor.requireUsable(caller.estateClaim(), caller.ownerClaim(), cardStatus == null ? null : OwnerCardStatus.valueOf(cardStatus),
                cardEstate, cardOwner);
        if (pinChange) {
            throw DomainException.of(403, "pin-change-required");
        }
        if (d == null || !DecisionWorkflow.isPublic(d.status)) {
            throw DomainException.notFound("not-found.decision");
        }
        if (!caller.owner() || caller.estateClaim() == null || caller.estateClaim() != d.estateId.longValue()) {
            throw DomainException.forbidden("forbidden.assembly.card-other-estate");
        }
        if (caller.ownerClaim() == null) {
            throw DomainException.forbidden("forbidden.assembly.card-no-owner");
        }
        if (voters.isEmpty()) {
            throw DomainException.forbidden("forbidden.assembly.not-on-roll");
        }
        if (voters.size() > 1) {
            throw DomainException.badInput("voter-required");
        }
        return new Checked(session, d, caller.ownerClaim(), voters.get(0));
    }

    private record Current(String choice, Instant castAt) {
    }

    /**
     * A plain read after the share locks: the transaction's first consistent read, so it sees every ballot committed
     * before; a racing cast of the same voter is ordered by the upsert anyway.
     */
    private Current current(Connection c, long decisionId, String voter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(CURRENT)) {
            st.setLong(1, decisionId);
            st.setString(2, voter);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Current(seal.open(rs.getString(1)), instant(rs, 2)) : null;
            }
        }
    }

    private ReceiptView write(Connection c, Decision d, String voter, String choice, long ownerId, Caller caller,
                              Instant now) throws SQLException {
        BallotHistory h = new BallotHistory();
        h.decisionId = d.id;
        h.voterKey = voter;
        h.choice = choice;
        h.receipt = ReceiptCode.generate(RANDOM);
        h.castAt = now;
        try (PreparedStatement st = c.prepareStatement(HISTORY, Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, d.id);
            st.setString(2, voter);
            st.setString(3, seal.seal(choice));
            st.setString(4, h.receipt);
            st.setObject(5, LocalDateTime.ofInstant(now, UTC));
            st.setLong(6, ownerId);
            st.setLong(7, caller.cardId());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                h.id = keys.getLong(1);
            }
        }
        boolean first;
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            st.setLong(1, d.id);
            st.setString(2, voter);
            st.setString(3, seal.seal(choice));
            st.setString(4, h.receipt);
            st.setLong(5, h.id);
            LocalDateTime at = LocalDateTime.ofInstant(now, UTC);
            st.setObject(6, at);
            st.setObject(7, at);
            st.setLong(8, ownerId);
            st.setLong(9, caller.cardId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                first = rs.getLong(1) == 0 && rs.getLong(2) == h.id;
            }
        }
        String action = choice == null ? "assembly.ballot.withdraw" : first ? "assembly.ballot.cast" : "assembly.ballot.change";
        // The entry proves the history without telling anyone what was chosen: a commitment, never the choice.
        AuditLog.append(c, now, caller.subject(), action, "assembly_decision", d.id, "voter " + voter
                + " online ballot " + h.id + " commitment " + seal.commit(h.commitmentFields()));
        return new ReceiptView(d.id, h.receipt, choice, now, BallotService.changeableUntil(d, now));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(UTC);
    }

    private static void rollback(Statement tx) {
        try {
            tx.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the connection is discarded or reset by the pool; the original failure is what matters
        }
    }
}
