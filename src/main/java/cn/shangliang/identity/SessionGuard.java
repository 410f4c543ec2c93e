package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TimeZone;

/**
 * Checks every account token's session on every request, with one primary-key read (session, account, grants joined):
 * an ended session, a disabled account, an idle staff session or one past its absolute lifetime is refused on
 * every instance at once. The caller's roles are replaced by the account's current grants, so a
 * {@code @RolesAllowed} endpoint never trusts the groups frozen into an old token. A card token's session is checked
 * by {@code ownercard.CardSessionAugmentor} in the same read as its card (issue 17: one blocking step and one query
 * per card request instead of two), through {@link #requireActive}.
 */
@ApplicationScoped
public class SessionGuard implements SecurityIdentityAugmentor {

    private static final String READ = "SELECT s.subject, s.created_at, s.last_seen_at, s.ended_at, a.enabled, g.role"
            + " FROM auth_session s LEFT JOIN account a ON a.id = s.account_id"
            + " LEFT JOIN role_grant g ON g.account_id = s.account_id WHERE s.id = ?";
    private static final String TOUCH = "UPDATE auth_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL";

    /** Hibernate writes instants as UTC ({@code quarkus.hibernate-orm.jdbc.timezone}); read them the same way. */
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionConfig config;

    /**
     * Card requests whose session and card checks run inside the use case's own transaction instead of here
     * (assembly.OnlineCast: the ballot hot path, issue 17); nothing else may skip them.
     */
    private static final Pattern CHECKED_IN_TRANSACTION = Pattern.compile("/api/assembly/decisions/\\d+/ballot(/withdraw)?");

    /** Whether this request is a card's cast or withdrawal, whose checks {@code OnlineCast} makes in its transaction. */
    public static boolean checkedInTransaction(SecurityIdentity identity, Map<String, Object> attributes) {
        if (!isCard(identity)) {
            return false;
        }
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        return request != null && castRequest(request.request().method().name(), request.normalizedPath());
    }

    /**
     * Whether a request is a cast or withdrawal ({@code @RolesAllowed} endpoints, so their security check resolves
     * the identity anyway): the request filters that resolve it for every token-carrying request skip these
     * (issue 17: two suspensions of the request per cast for nothing).
     */
    public static boolean castRequest(String method, String path) {
        return HttpMethod.POST.name().equals(method) && CHECKED_IN_TRANSACTION.matcher(path).matches();
    }

    /** Whether the identity is a card's: its session and card are checked by {@code ownercard.CardSessionAugmentor} in one read. */
    public static boolean isCard(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                && jwt.getSubject().startsWith(CurrentUser.CARD_PREFIX);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null || isCard(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, jwt));
    }

    private SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt) {
        Long sid = Claims.longClaim(jwt, CurrentUser.SESSION_CLAIM);
        if (sid == null) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, false);
        }
        Row row = read(sid);
        if (row == null || !row.subject.equals(jwt.getSubject())) {
            throw new SessionEndedException(SessionRules.Verdict.ENDED, false);
        }
        boolean staff = row.roles.stream().anyMatch(r -> !r.equals(Role.N_RESIDENT) && !r.equals(Role.N_OWNER));
        requireActive(sid, new SessionRules.State(row.createdAt, row.lastSeenAt, row.endedAt, row.enabled, staff), false);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(row.roles)
                .addPermissionChecker(identity::checkPermission)
                .build();
    }

    record Row(String subject, Instant createdAt, Instant lastSeenAt, Instant endedAt, boolean enabled,
                       Set<String> roles) {
    }

    Row read(long sid) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(READ)) {
            st.setLong(1, sid);
            try (ResultSet rs = st.executeQuery()) {
                Row row = null;
                while (rs.next()) {
                    if (row == null) {
                        Object enabled = rs.getObject(5);
                        row = new Row(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                                enabled == null || rs.getBoolean(5), new HashSet<>());
                    }
                    if (rs.getString(6) != null) {
                        row.roles.add(rs.getString(6));
                    }
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the session", e);
        }
    }

    /**
     * Refuses a session that is no longer active (ended, disabled account, idle, past its lifetime) and records its
     * activity when due: the per-request session check, shared with the card check's single read.
     */
    public void requireActive(long sid, SessionRules.State state, boolean card) {
        SessionRules rules = rules();
        Instant now = Instant.now(Clocks.REAL);
        SessionRules.Verdict verdict = rules.judge(state, now);
        if (verdict != SessionRules.Verdict.ACTIVE) {
            throw new SessionEndedException(verdict, card);
        }
        if (rules.mustTouch(state, now)) {
            touch(sid, now);
        }
    }

    /** The session timeouts as configured. */
    public SessionRules rules() {
        return new SessionRules(config.idleTimeout(), config.absoluteLifetime(), config.touchEvery());
    }

    /** Records the session's activity (at most once per {@code touch-every}, see {@link SessionRules#mustTouch}). */
    public void touch(long sid, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(TOUCH)) {
            st.setTimestamp(1, Timestamp.from(now), (Calendar) UTC.clone());
            st.setLong(2, sid);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the session's activity", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, (Calendar) UTC.clone());
        return t == null ? null : t.toInstant();
    }
}
