package cn.shangliang.identity;

import cn.shangliang.testsupport.CardFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * What the per-request session check costs on the ballot path (a card token): the one indexed read alone, and a
 * whole authenticated request of a card (/api/cards/me: session read plus the card's own check). Prints numbers;
 * run on request: ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=SessionCheckBenchmark
 */
@QuarkusTest
@Tag("benchmark")
class SessionCheckBenchmark {

    @Inject
    SessionGuard guard;

    @Inject
    CardFixtures cards;

    @Test
    void sessionReadAndCardRequest() {
        String token = cards.holder("基准业主");
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        long sid = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                AuthSession.<AuthSession>find("order by id desc").firstResult().id);
        int n = 5000;
        for (int i = 0; i < 500; i++) {
            guard.read(sid);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            guard.read(sid);
        }
        double readMicros = (System.nanoTime() - t0) / 1000.0 / n;
        int m = 500;
        for (int i = 0; i < 50; i++) {
            given().auth().oauth2(token).get("/api/cards/me");
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < m; i++) {
            given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        }
        double requestMicros = (System.nanoTime() - t1) / 1000.0 / m;
        System.out.printf("BENCHMARK session check: %.0f µs per read (n=%d); card request /api/cards/me %.0f µs (n=%d)%n",
                readMicros, n, requestMicros, m);
    }
}
