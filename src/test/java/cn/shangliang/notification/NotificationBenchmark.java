package cn.shangliang.notification;

import cn.shangliang.assembly.AssemblyFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notice of an owners' assembly of a 20,000-unit estate: publishing with the notice queued to every owner (in
 * the publishing transaction) beside queueing alone, then delivering the e-mails one by one as the worker does to a
 * real SMTP server. Run on request:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=NotificationBenchmark} (see docs/benchmarks.md).
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(GreenMailResource.class)
class NotificationBenchmark {

    private static final int UNITS = 20_000;
    private static final int EMAILS = Integer.getInteger("notification.bench.emails", UNITS);

    @Inject
    AgroalDataSource ds;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    Notifications notifications;

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryWorker worker;

    @Test
    void queueAndDeliverTheNoticeOfA20000UnitEstate() throws Exception {
        AssemblyFixtures.TestEstate e = assembly.estate(1);
        seed(e.estateId());
        String staff = assembly.staff(e);
        long id = ((Number) given().auth().oauth2(staff).contentType("application/json")
                .body(AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();

        long t0 = System.nanoTime();
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/publish")
                .then().statusCode(200);
        double publishMs = (System.nanoTime() - t0) / 1e6;
        long queued = QuarkusTransaction.requiringNew().call(() -> Notification.count("kind = ?1 and subjectId = ?2",
                NotificationKind.ASSEMBLY_NOTICE, String.valueOf(id)));
        assertEquals(UNITS + 1, queued);

        // Baseline in the same run: the same queueing alone, in a transaction of its own.
        long t1 = System.nanoTime();
        int again = QuarkusTransaction.requiringNew().call(() -> notifications.notifyOwnersOfEstate(new Notifications.Draft(
                NotificationKind.ASSEMBLY_NOTICE, RecipientType.OWNER, 0, "benchmark", id, e.communityId(),
                "/assembly/" + id, List.of("t", "e", "o", "c")), e.estateId()));
        double queueMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf("publish (roster snapshot + notice + %d notifications, %d deliveries queued): %.0f ms%n",
                queued, queued * 4, publishMs);
        System.out.printf("queueing alone (%d notifications, %d deliveries, one transaction): %.0f ms = %.0f%% of publishing%n",
                again, again * 4, queueMs, 100 * queueMs / publishMs);

        // the worker writes the notice's deliveries after publishing (issue 17)
        long f0 = System.nanoTime();
        worker.fanOut();
        System.out.printf("deliveries written by the worker after publishing: %.0f ms%n", (System.nanoTime() - f0) / 1e6);

        List<Long> emails = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT d.id FROM delivery d JOIN notification n ON n.id = d.notification_id "
                     + "WHERE n.subject_type = 'assembly-decision' AND n.subject_id = '" + id + "' AND d.channel = 'EMAIL' ORDER BY d.id")) {
            while (r.next() && emails.size() < EMAILS) {
                emails.add(r.getLong(1));
            }
        }
        long t2 = System.nanoTime();
        int sent = 0;
        for (long delivery : emails) {
            if (deliveries.attempt(delivery) == DeliveryState.SENT) {
                sent++;
            }
        }
        double sendSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("e-mail delivery to a local SMTP server, one transaction each as the worker does: %d in %.1f s = %.0f/s%n",
                sent, sendSeconds, sent / sendSeconds);
        System.out.printf("in-app: delivered at publishing (the notification row is the inbox entry): %d%n", queued);
        // The fixture's own owner gave no e-mail address: if it is among those taken, it is skipped.
        assertTrue(sent >= emails.size() - 1, sent + " of " + emails.size());
    }

    /** 20,000 units in buildings of 500, each with its own owner who gave an e-mail address. */
    private void seed(long estateId) throws Exception {
        assembly.seedUnits(estateId, UNITS, 500);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO notification_setting (recipient_type, recipient_id, language, email, quiet_from, "
                    + "quiet_until, version) SELECT 'OWNER', o.id, 'zh', CONCAT('owner', o.id, '@example.org'), 21, 8, 0 "
                    + "FROM owner o WHERE o.estate_id = " + estateId + " AND o.name LIKE 'S%'");
        }
    }
}
