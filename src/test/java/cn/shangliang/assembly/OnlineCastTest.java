package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.ownercard.OwnerCard;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cast is one transaction of at most six round trips (issue 17), counted twice: by the statements the client
 * sends, and by the server's own {@code Questions} counter on the same connection. The request filters leave the
 * session and card checks of a cast to that transaction: an ended session, a card that must change its PIN or
 * belongs to someone else are still refused there, on the cast and on the withdrawal.
 */
@QuarkusTest
class OnlineCastTest {

    private static final Set<String> SENDING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "commit", "rollback", "setAutoCommit", "setTransactionIsolation");

    @Inject
    AssemblyFixtures assembly;

    @Inject
    OnlineCast cast;

    @Inject
    AgroalDataSource ds;

    @Inject
    cn.shangliang.testsupport.CardFixtures cards;

    @Inject
    cn.shangliang.identity.TokenIssuer tokens;

    @Test
    void aCastAndAChangeAreOneTransactionOfSixRoundTrips() throws Exception {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        long owner = e.owners().get(0);
        OnlineCast.Caller caller = caller(assembly.card(e.estateId(), owner), e.estateId(), owner);

        for (String choice : List.of("AGREE", "OPPOSE")) {
            List<String> sent = new ArrayList<>();
            try (Connection real = ds.getConnection()) {
                long before = questions(real);
                ReceiptView receipt = cast.run(counting(real, sent), caller, id,
                        new CastRequest(choice, null, null), null, false);
                long after = questions(real);
                assertEquals(choice, receipt.choice());
                assertTrue(sent.size() <= 6, "round trips sent: " + sent);
                assertEquals(sent.size() + 1, after - before, "the server counts what was sent (and the SHOW): " + sent);
                assertEquals("START TRANSACTION", sent.get(0));
                assertEquals("COMMIT", sent.get(sent.size() - 1));
                assertTrue(sent.stream().noneMatch(s -> s.startsWith("setAutoCommit")), "no autocommit toggling: " + sent);
            }
        }
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> BallotHistory.count("decisionId", id)));
        Ballot current = QuarkusTransaction.requiringNew().call(() -> Ballot.<Ballot>find("decisionId", id).singleResult());
        assertEquals("OPPOSE", current.choice);
        assertEquals(1, current.version);
    }

    @Test
    void anEndedSessionCannotCastOrWithdraw() {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        cast(card, id, "AGREE").then().statusCode(200);
        given().auth().oauth2(card).contentType("application/json").post("/api/auth/logout").then().statusCode(204);
        cast(card, id, "OPPOSE").then().statusCode(401).body("code", org.hamcrest.Matchers.equalTo("session-ended"));
        given().auth().oauth2(card).contentType("application/json").post("/api/assembly/decisions/" + id + "/ballot/withdraw").then().statusCode(401);
        Ballot current = QuarkusTransaction.requiringNew().call(() -> Ballot.<Ballot>find("decisionId", id).singleResult());
        assertEquals("AGREE", current.choice);
    }

    @Test
    void aCardStillOnItsInitialPinCannotCast() {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        long owner = e.owners().get(0);
        String token = cards.token(QuarkusTransaction.requiringNew().call(() -> cards.card(owner, false)));
        cast(token, id, "AGREE").then().statusCode(403).body("code", org.hamcrest.Matchers.equalTo("pin-change-required"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> BallotHistory.count("decisionId", id)));
    }

    @Test
    void aTokenWhoseOwnerNoLongerHoldsTheCardIsRefused() {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        long owner = e.owners().get(0);
        long other = e.owners().get(1);
        long cardId = QuarkusTransaction.requiringNew().call(() -> cards.card(owner, true).id());
        // a token claiming another owner for this card: the card row does not back it
        String forged = tokens.issue(CurrentUser.CARD_PREFIX + cardId, "x", Set.of(Role.OWNER.name()),
                java.util.Map.of("estate", e.estateId(), "owner", other)).token();
        cast(forged, id, "AGREE").then().statusCode(401);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> BallotHistory.count("decisionId", id)));
    }

    /** The request filters skip casts (issue 17); the endpoint's own security check still resolves every caller. */
    @Test
    void withoutTheFiltersACastStillNeedsAnOwnersCardAndALiveSession() {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        given().contentType("application/json").body(java.util.Map.of("choice", "AGREE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(401);
        String staff = assembly.staff(e);
        cast(staff, id, "AGREE").then().statusCode(403);
        given().auth().oauth2(staff).contentType("application/json").post("/api/auth/logout").then().statusCode(204);
        cast(staff, id, "AGREE").then().statusCode(401);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> BallotHistory.count("decisionId", id)));
    }

    private static io.restassured.response.Response cast(String token, long id, String choice) {
        return given().auth().oauth2(token).contentType("application/json").body(java.util.Map.of("choice", choice))
                .post("/api/assembly/decisions/" + id + "/ballot");
    }

    private long openDecision(TestEstate e) {
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        return id;
    }

    private static OnlineCast.Caller caller(String token, long estate, long owner) {
        JsonObject claims = Json.createReader(new StringReader(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))).readObject();
        long cardId = QuarkusTransaction.requiringNew().call(() -> OwnerCard.liveOf(owner).orElseThrow().id);
        assertEquals(CurrentUser.CARD_PREFIX + cardId, claims.getString("sub"));
        return new OnlineCast.Caller(claims.getString("sub"), cardId,
                claims.getJsonNumber(CurrentUser.SESSION_CLAIM).longValue(), estate, owner, true);
    }

    private static long questions(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            r.next();
            return r.getLong(2);
        }
    }

    /** The connection, recording every call that sends something to the server (statements made from it too). */
    private static Connection counting(Connection real, List<String> sent) {
        return (Connection) proxy(real, Connection.class, sent, null);
    }

    private static Object proxy(Object target, Class<?> type, List<String> sent, String sql) {
        InvocationHandler handler = (p, method, args) -> {
            String name = method.getName();
            if (SENDING.contains(name)) {
                String what = args != null && args.length > 0 && args[0] instanceof String s ? s
                        : name.equals("commit") ? "COMMIT" : name.equals("rollback") ? "ROLLBACK" : name + " " + sql;
                sent.add(what.length() > 60 ? what.substring(0, 60) : what);
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof java.sql.PreparedStatement && args != null && args[0] instanceof String s) {
                    return proxy(result, java.sql.PreparedStatement.class, sent, s);
                }
                if (result instanceof Statement && !(result instanceof java.sql.PreparedStatement)) {
                    return proxy(result, Statement.class, sent, null);
                }
                return result;
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
        return Proxy.newProxyInstance(OnlineCastTest.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
