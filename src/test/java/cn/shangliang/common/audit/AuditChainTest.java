package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog log;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditVerifier verifier;

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Test
    void concurrentAppendsAreSealedIntoOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.submit(() -> QuarkusTransaction.requiringNew().run(
                    () -> log.record("test", "test.append", "thing", n, "第 " + n + " 条")));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        sealAll();

        AuditVerifier.AuditVerification result = verifier.verify();
        assertTrue(result.intact());
        assertEquals(0, result.unsealed());
        assertTrue(result.sealedChecked() >= 200);
    }

    @Test
    void tamperedEntryIsFoundAndNamed() {
        AuditEntry victim = QuarkusTransaction.requiringNew().call(
                () -> log.record("test", "test.tamper", "thing", 1, "原始内容"));
        QuarkusTransaction.requiringNew().run(() -> log.record("test", "test.after", "thing", 2, "之后"));
        sealAll();
        assertTrue(verifier.verify().intact());

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_entry SET summary = '篡改后的内容' WHERE id = ?1").setParameter(1, victim.id).executeUpdate());

        AuditVerifier.AuditVerification result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(victim.id, result.brokenEntryId());

        // put it back so the other tests see an intact chain
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_entry SET summary = '原始内容' WHERE id = ?1").setParameter(1, victim.id).executeUpdate());
        assertTrue(verifier.verify().intact());
    }

    @Test
    void unsealedEntriesAreCountedNotFailed() {
        QuarkusTransaction.requiringNew().run(() -> log.record("test", "test.pending", "thing", 3, ""));
        AuditVerifier.AuditVerification result = verifier.verify();
        assertTrue(result.intact());
        sealAll();
    }

    @Test
    void verifyEndpointIsForSupervisorsAndStaffOnly() {
        given().get("/api/audit/verify").then().statusCode(401);
        given().auth().oauth2(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1).token())
                .get("/api/audit/verify").then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1).token())
                .get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        given().cookie("sl_token", fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1).token())
                .get("/audit").then().statusCode(200);
    }

    private void sealAll() {
        while (sealer.sealPending() > 0) {
            // drain
        }
    }
}
