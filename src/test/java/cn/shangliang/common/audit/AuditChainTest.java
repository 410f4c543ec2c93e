package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
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

    @Inject
    cn.shangliang.notice.AuditHeadNotices headNotices;

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
    void deletingTheNewestEntriesIsReportedAsTruncation() {
        QuarkusTransaction.requiringNew().run(() -> log.record("test", "test.old", "thing", 4, "旧"));
        sealAll();
        QuarkusTransaction.requiringNew().run(() -> headNotices.publish(null, null, "test", "test"));
        QuarkusTransaction.requiringNew().run(() -> log.record("test", "test.newest", "thing", 5, "最新"));
        sealAll();
        assertTrue(verifier.verify().intact());
        long cutFrom = number("SELECT MAX(seq) - 2 FROM audit_entry");
        copyFrom(cutFrom);
        sql("DELETE FROM audit_entry WHERE seq >= " + cutFrom);
        AuditVerifier.AuditVerification cut = verifier.verify();
        assertFalse(cut.intact());
        assertEquals(AuditVerifier.Problem.TRUNCATED, cut.problem());

        // the writer also moves the head back: the head published on the notice board still catches it
        long end = cut.brokenSeq();
        String endHash = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT hash FROM audit_entry WHERE seq = ?1").setParameter(1, end).getSingleResult());
        String realHead = cut.headHash();
        long realSeq = cut.headSeq();
        setHead(end, endHash);
        AuditVerifier.AuditVerification rewound = verifier.verify();
        assertFalse(rewound.intact());
        assertEquals(AuditVerifier.Problem.TRUNCATED, rewound.problem(), "an anchor lies beyond the chain's end");

        restoreCopy(true);
        setHead(realSeq, realHead);
        assertTrue(verifier.verify().intact());
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsReported() {
        AuditEntry victim = QuarkusTransaction.requiringNew().call(
                () -> log.record("test", "test.rewrite", "thing", 6, "原文"));
        QuarkusTransaction.requiringNew().run(() -> log.record("test", "test.rewrite.after", "thing", 7, "后"));
        sealAll();
        long victimSeq = number("SELECT seq FROM audit_entry WHERE id = " + victim.id);
        copyFrom(victimSeq);
        AuditVerifier.AuditVerification before = verifier.verify();
        assertTrue(before.intact());

        // a database writer edits the entry and recomputes every link after it, as the unkeyed chain allowed
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE audit_entry SET summary = '改写' WHERE id = ?1").setParameter(1, victim.id)
                    .executeUpdate();
            em.clear();
            List<AuditEntry> tail = AuditEntry.list("seq >= ?1 order by seq", victimSeq);
            String prev = tail.get(0).prevHash;
            for (AuditEntry e : tail) {
                e.prevHash = prev;
                e.hash = AuditHash.sha256(String.join("\u001f", prev, Long.toString(e.seq), Long.toString(e.id),
                        e.occurredAt.toString(), e.actor, e.action, e.entityType, e.entityId, e.summary));
                prev = e.hash;
            }
            em.flush();
            em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1").setParameter(1, prev).executeUpdate();
        });
        AuditVerifier.AuditVerification result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(AuditVerifier.Problem.BROKEN_LINK, result.problem());
        assertEquals(victim.id, result.brokenEntryId());

        restoreCopy(false);
        setHead(before.headSeq(), before.headHash());
        assertTrue(verifier.verify().intact());
    }

    @Test
    void publishedHeadsAreCheckedByAnyone() {
        AuditHead.Head h = QuarkusTransaction.requiringNew().call(() -> headNotices.publish(null, null, "test", "test"));
        given().get("/api/audit/anchors").then().statusCode(200).body("[0].seq", equalTo((int) h.seq()));
        given().queryParam("seq", h.seq()).queryParam("hash", h.hash()).get("/api/audit/anchors/check")
                .then().statusCode(200).body("matches", equalTo(true));
        given().queryParam("seq", h.seq()).queryParam("hash", "0".repeat(64)).get("/api/audit/anchors/check")
                .then().statusCode(200).body("matches", equalTo(false));
        given().get("/api/notices").then().statusCode(200);
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

    private long number(String query) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    /** Keeps the entries from seq on in a side table, to put them back exactly after the test broke them. */
    private void copyFrom(long seq) {
        sql("DROP TABLE IF EXISTS audit_entry_copy");
        sql("CREATE TABLE audit_entry_copy ENGINE = InnoDB AS SELECT * FROM audit_entry WHERE seq >= " + seq);
    }

    private void restoreCopy(boolean deleted) {
        if (!deleted) {
            sql("DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry_copy)");
        }
        sql("INSERT INTO audit_entry SELECT * FROM audit_entry_copy");
        sql("DROP TABLE audit_entry_copy");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private void setHead(long seq, String hash) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2").setParameter(1, seq).setParameter(2, hash)
                .executeUpdate());
    }

    private void sealAll() {
        while (sealer.sealPending() > 0) {
            // drain
        }
    }
}
