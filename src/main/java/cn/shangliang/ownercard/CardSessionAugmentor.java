package cn.shangliang.ownercard;

import cn.shangliang.identity.Claims;

import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.SessionGuard;

import cn.shangliang.identity.SessionEndedException;
import cn.shangliang.identity.SessionRules;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Checks a card token's session and card on every authenticated request, in one read (issue 17: it was a session read
 * in {@link SessionGuard} and a card read in its own transaction, two blocking steps per request): an ended or expired
 * session is refused as ended ({@link SessionGuard#requireActive}, first, as before), then a card marked lost, revoked,
 * replaced or locked stops at once although its JWT is still valid. A card that still has its initial PIN is marked,
 * and {@link CardSessionFilter} sends its owner to change the PIN first. A cast or withdrawal makes both checks inside
 * its own transaction instead ({@link SessionGuard#checkedInTransaction}).
 */
@ApplicationScoped
public class CardSessionAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: this card must change its initial PIN before doing anything else. */
    public static final String PIN_CHANGE_REQUIRED = "shangliang.card.pin-change-required";

    /** Card sessions have no account (so no disabled account and no staff timeout): the session row and the card. */
    private static final String READ = "SELECT s.subject, s.created_at, s.last_seen_at, s.ended_at,"
            + " c.status, c.estate_id, c.owner_id, c.pin_change_required"
            + " FROM auth_session s LEFT JOIN owner_card c ON c.id = ? WHERE s.id = ?";

    /** Hibernate writes instants as UTC ({@code quarkus.hibernate-orm.jdbc.timezone}); read them the same way. */
    private static final ZoneOffset UTC = ZoneOffset.UTC;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionGuard sessions;

    private record Row(String subject, SessionRules.State session, OwnerCardStatus status, long estateId, long ownerId,
                       boolean pinChangeRequired) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        return SessionGuard.checkedInTransaction(identity, attributes) ? Uni.createFrom().item(identity)
                : augment(identity, context);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !SessionGuard.isCard(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, (JsonWebToken) identity.getPrincipal()));
    }

    private SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt) {
        Long sid = Claims.longClaim(jwt, CurrentUser.SESSION_CLAIM);
        if (sid == null) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, true);
        }
        long cardId;
        try {
            cardId = Long.parseLong(jwt.getSubject().substring(CurrentUser.CARD_PREFIX.length()));
        } catch (NumberFormatException e) {
            cardId = -1; // no such card: refused below, after the session
        }
        Row row = read(sid, cardId);
        if (row == null || !row.subject().equals(jwt.getSubject())) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, true);
        }
        sessions.requireActive(sid, row.session(), true);
        requireUsable(Claims.longClaim(jwt, "estate"), Claims.longClaim(jwt, "owner"), row.status(), row.estateId(),
                row.ownerId());
        if (!row.pinChangeRequired()) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(PIN_CHANGE_REQUIRED, Boolean.TRUE).build();
    }

    private Row read(long sid, long cardId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(READ)) {
            st.setLong(1, cardId);
            st.setLong(2, sid);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String status = rs.getString(5);
                return new Row(rs.getString(1), new SessionRules.State(instant(rs, 2), instant(rs, 3), instant(rs, 4),
                        true, false), status == null ? null : OwnerCardStatus.valueOf(status), rs.getLong(6),
                        rs.getLong(7), rs.getBoolean(8));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the card session", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(UTC);
    }

    /**
     * Refuses a card token whose card row (status, estate, owner; null status for no row) no longer backs it: the
     * per-request card check on the token's estate and owner claims, shared with the cast that makes it inside its own transaction.
     */
    public static void requireUsable(Long estateClaim, Long ownerClaim, OwnerCardStatus status, long estateId,
                                     long ownerId) {
        if (status == null || !sameValue(estateClaim, estateId) || !sameValue(ownerClaim, ownerId)) {
            throw new CardNotUsableException(OwnerCardStatus.REVOKED);
        }
        if (!OwnerCardWorkflow.usable(status)) {
            throw new CardNotUsableException(status);
        }
    }

    private static boolean sameValue(Long claim, long value) {
        return claim != null && claim == value;
    }
}
