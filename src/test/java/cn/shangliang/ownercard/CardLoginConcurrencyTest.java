package cn.shangliang.ownercard;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parallel wrong PINs are counted one by one under the card's row lock, and lock the card exactly once. */
@QuarkusTest
class CardLoginConcurrencyTest {

    private static final int ATTEMPTS = 10;

    @Inject
    CardFixtures cards;

    @Test
    void tenParallelWrongPinsLockTheCardOnce() throws Exception {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "并发测试"), true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < ATTEMPTS; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    var response = given().contentType("application/json")
                            .body(Map.of("number", card.number(), "pin", "000001")).post("/api/auth/card-token");
                    return response.statusCode() + " " + response.jsonPath().getString("code");
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            OwnerCard after = cards.reload(card.id());
            assertEquals(OwnerCardStatus.LOCKED, after.status);
            assertEquals(OwnerCard.MAX_FAILED_ATTEMPTS, after.failedAttempts);
            assertEquals(1, cards.audits("card.lock", card.id()));
            assertEquals(OwnerCard.MAX_FAILED_ATTEMPTS, cards.audits("card.login-failed", card.id()));
            assertEquals(ATTEMPTS - OwnerCard.MAX_FAILED_ATTEMPTS, cards.audits("card.login-refused", card.id()));
            assertEquals(OwnerCard.MAX_FAILED_ATTEMPTS - 1, results.stream().filter("401 bad-credentials"::equals).count(),
                    results.toString());
            assertEquals(ATTEMPTS - OwnerCard.MAX_FAILED_ATTEMPTS + 1,
                    results.stream().filter("403 card-locked"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
