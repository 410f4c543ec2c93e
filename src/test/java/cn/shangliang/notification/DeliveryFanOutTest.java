package cn.shangliang.notification;

import cn.shangliang.community.Owner;
import cn.shangliang.testsupport.MovableClock;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A notice to many owners (issue 17): the inbox entries with the change, the deliveries written by the worker
 * afterwards in batches; nothing lost when a batch fails or the worker stops between batches, nothing written or
 * sent twice when a batch runs again or two workers run at once.
 */
@QuarkusTest
class DeliveryFanOutTest {

    private static final Set<Channel> CHANNELS = EnumSet.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS, Channel.WECHAT);

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    DeliveryFanOut fanOut;

    @Inject
    DeliveryWorker worker;

    @Inject
    TestSmsSender sms;

    @Inject
    MovableClock clock;

    long estate;
    List<Long> owners;
    String subject;

    @BeforeEach
    void setUp() {
        sms.reset();
        // 10:00 in China, outside the texts' quiet hours
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        estate = world.place().estateId();
        owners = world.owners(estate, 6).owners();
        subject = "fan-out-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        sms.reset();
    }

    private int queue(NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.notifyOwnersOfEstate(new Notifications.Draft(
                kind, RecipientType.OWNER, 0, "test", subject, null, "/assembly/1", List.of("t", "e", "o", "c")), estate));
    }

    private long fanOutId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM notification_fan_out WHERE subject_id = ?1").setParameter(1, subject).getSingleResult()).longValue());
    }

    private List<Notification> notices() {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "subjectId = ?1 order by id", subject));
    }

    /** The subject's deliveries by notification id, then channel. */
    private Map<Long, Map<Channel, Delivery>> deliveries() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Delivery> all = Delivery.list("notificationId in (select n.id from Notification n where n.subjectId = ?1)",
                    subject);
            Map<Long, Map<Channel, Delivery>> byNotice = new HashMap<>();
            for (Delivery d : all) {
                Delivery before = byNotice.computeIfAbsent(d.notificationId, k -> new HashMap<>()).put(d.channel, d);
                assertNull(before, "one delivery per notification and channel");
            }
            return byNotice;
        });
    }

    private int deliveryCount() {
        return deliveries().values().stream().mapToInt(Map::size).sum();
    }

    private void assertAllWritten(int owners) {
        List<Notification> notices = notices();
        Map<Long, Map<Channel, Delivery>> written = deliveries();
        assertEquals(owners, written.size());
        for (Notification n : notices) {
            Map<Channel, Delivery> channels = written.get(n.id);
            assertEquals(CHANNELS, channels.keySet());
            Delivery inbox = channels.get(Channel.IN_APP);
            assertEquals(DeliveryState.SENT, inbox.state);
            assertEquals(n.createdAt, inbox.sentAt, "the inbox entry is delivered when it is written");
            assertEquals(DeliveryState.PENDING, channels.get(Channel.SMS).state);
            assertEquals(n.createdAt, channels.get(Channel.SMS).nextAttemptAt);
        }
    }

    @Test
    void theInboxEntriesComeWithTheChangeAndTheWorkerWritesTheDeliveriesInBatches() {
        assertEquals(6, queue(NotificationKind.ASSEMBLY_NOTICE));
        assertEquals(6, notices().size());
        assertEquals(0, deliveryCount(), "nothing but the inbox entries in the queueing transaction");
        long id = fanOutId();

        assertTrue(fanOut.step(id, 2));
        assertEquals(8, deliveryCount(), "two notifications, four channels each");
        // the worker stops here (a crash, a restart); the next run goes on from where the batch left off
        worker.fanOut();
        assertAllWritten(6);
        assertFalse(fanOut.openIds().contains(id), "done");
        assertFalse(fanOut.step(id, 2));
    }

    @Test
    void aBatchThatFailsLeavesNothingHalfWrittenAndIsWrittenByTheNextRun() {
        queue(NotificationKind.ASSEMBLY_NOTICE);
        long id = fanOutId();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            fanOut.step(id, 3);
            throw new IllegalStateException("the worker died before its commit");
        }));
        assertEquals(0, deliveryCount());
        assertTrue(fanOut.openIds().contains(id));
        worker.fanOut();
        assertAllWritten(6);
    }

    @Test
    void aBatchWrittenAgainWritesNothingTwice() {
        queue(NotificationKind.ASSEMBLY_NOTICE);
        long id = fanOutId();
        worker.fanOut();
        Set<String> keys = deliveries().values().stream().flatMap(m -> m.values().stream())
                .map(d -> d.idempotencyKey).collect(Collectors.toSet());
        // as if the cursor had not moved: every batch runs again
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE notification_fan_out "
                + "SET after_notification_id = ?2, done_at = NULL WHERE id = ?1")
                .setParameter(1, id).setParameter(2, notices().get(0).id - 1).executeUpdate());
        while (fanOut.step(id, 2)) {
            // every batch again
        }
        assertAllWritten(6);
        assertEquals(keys, deliveries().values().stream().flatMap(m -> m.values().stream())
                .map(d -> d.idempotencyKey).collect(Collectors.toSet()), "the same deliveries, the same keys");
    }

    @Test
    void twoWorkersAtOnceWriteEveryDeliveryOnceAndSendEveryTextOnce() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> owners.forEach(o -> Owner.<Owner>findById(o).phone = "13800000000"));
        assertEquals(6, queue(NotificationKind.ASSEMBLY_NOTICE));
        long id = fanOutId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> batches = () -> {
                int n = 0;
                while (fanOut.step(id, 1)) {
                    n++;
                }
                return n;
            };
            Future<Integer> a = pool.submit(batches);
            Future<Integer> b = pool.submit(batches);
            assertEquals(6, a.get() + b.get(), "each batch written by one of them");
            assertAllWritten(6);

            sms.delayMillis = 20;
            for (int round = 0; round < 5 && !allTextsSent(); round++) {
                Future<Integer> x = pool.submit(worker::runOnce);
                Future<Integer> y = pool.submit(worker::runOnce);
                x.get();
                y.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(allTextsSent());
        List<String> texts = deliveries().values().stream().map(m -> m.get(Channel.SMS).idempotencyKey).toList();
        for (String key : texts) {
            assertEquals(1, sms.sentKeys.stream().filter(key::equals).count(), "each text sent once");
        }
    }

    private boolean allTextsSent() {
        return deliveries().values().stream().allMatch(m -> m.get(Channel.SMS).state == DeliveryState.SENT);
    }

    @Test
    void anInboxSwitchedOffIsWrittenReadAndItsDeliverySkipped() {
        long off = owners.get(0);
        QuarkusTransaction.requiringNew().run(() -> Preferences.replaceOptOuts(new RecipientKey(RecipientType.OWNER, off),
                Set.of("ASSEMBLY_RESULT/IN_APP")));
        queue(NotificationKind.ASSEMBLY_RESULT);
        worker.fanOut();
        Map<Long, Map<Channel, Delivery>> written = deliveries();
        for (Notification n : notices()) {
            Delivery inbox = written.get(n.id).get(Channel.IN_APP);
            if (n.recipientId == off) {
                assertNotNull(n.readAt);
                assertEquals(DeliveryState.SKIPPED, inbox.state);
                assertEquals("skipped.preference", inbox.lastError);
                assertNull(inbox.sentAt);
            } else {
                assertNull(n.readAt);
                assertEquals(DeliveryState.SENT, inbox.state);
            }
            assertEquals(DeliveryState.PENDING, written.get(n.id).get(Channel.SMS).state);
        }
    }
}
