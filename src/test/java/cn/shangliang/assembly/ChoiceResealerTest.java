package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static cn.shangliang.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choices stored before sealing (plain, or sealed before key ids) are re-sealed once, on two instances at once too. */
@QuarkusTest
class ChoiceResealerTest {

    @Inject
    AssemblyFixtures assembly;

    @Inject
    ChoiceResealer resealer;

    @Inject
    ChoiceSeal seal;

    @Inject
    EntityManager em;

    @Test
    void oldValuesAreResealedOnceAndStillReadTheSame() throws Exception {
        TestEstate e = assembly.estate(12);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        List<String> cards = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String card = assembly.card(e.estateId(), e.owners().get(i));
            cards.add(card);
            receipts.add(as(card).body(Map.of("choice", i % 2 == 0 ? "AGREE" : "OPPOSE"))
                    .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200).extract().path("receipt"));
        }
        // as an installation from before sealing left them: plain current ballots, history sealed without a key id
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE assembly_ballot SET choice = ?2 WHERE decision_id = ?1")
                    .setParameter(1, id).setParameter(2, "ABSTAIN").executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> history = em.createNativeQuery("SELECT id, choice FROM assembly_ballot_history WHERE decision_id = ?1").setParameter(1, id).getResultList();
            for (Object[] row : history) {
                String v = (String) row[1];
                em.createNativeQuery("UPDATE assembly_ballot_history SET choice = ?1 WHERE id = ?2")
                        .setParameter(1, "s1:" + v.substring(v.indexOf(':', 3) + 1)).setParameter(2, row[0]).executeUpdate();
            }
        });
        assertEquals(24, stale(id), "12 ballots and 12 history rows to re-seal");

        // two instances at once: each row is re-sealed exactly once
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(resealer::resealAll);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(resealer::resealAll);
        int changed = a.get() + b.get();
        assertEquals(24, changed, "each row changed by one instance only");
        assertEquals(0, stale(id));
        assertEquals(0, resealer.resealAll(), "idempotent: a second run finds nothing");

        @SuppressWarnings("unchecked")
        List<String> now = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT choice FROM assembly_ballot WHERE decision_id = ?1").setParameter(1, id).getResultList());
        now.forEach(v -> assertEquals("ABSTAIN", seal.open(v)));
        as(cards.get(1)).get("/api/assembly/receipts/" + receipts.get(1)).then().statusCode(200)
                .body("own", equalTo(true)).body("choice", equalTo("OPPOSE"));
        as(cards.get(1)).get("/api/assembly/decisions/" + id + "/my-ballots").then().statusCode(200)
                .body("[0].choice", equalTo("OPPOSE"));
    }

    private long stale(long decisionId) {
        String current = ChoiceSeal.PREFIX + seal.currentKeyId() + ":%";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT (SELECT COUNT(*) FROM assembly_ballot WHERE decision_id = ?1 AND choice NOT LIKE ?2) + "
                        + "(SELECT COUNT(*) FROM assembly_ballot_history WHERE decision_id = ?1 AND choice NOT LIKE ?2)")
                .setParameter(1, decisionId).setParameter(2, current).getSingleResult()).longValue());
    }
}
