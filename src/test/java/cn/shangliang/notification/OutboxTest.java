package cn.shangliang.notification;

import cn.shangliang.testsupport.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox: queued with the caller's change or not at all; sent once; retried with backoff; then FAILED. */
@QuarkusTest
class OutboxTest {

    @Inject
    Notifications notifications;

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryWorker worker;

    @Inject
    TestSmsSender sms;

    @Inject
    MovableClock clock;

    String subject;

    @BeforeEach
    void setUp() {
        sms.reset();
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        subject = "test-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        sms.reset();
    }

    private long queue() {
        return QuarkusTransaction.requiringNew().call(() -> notifications.notify(NotificationKind.ASSEMBLY_NOTICE,
                RecipientType.OWNER_CARD, 42, "outbox-test", subject, Set.of(Channel.SMS)));
    }

    private Delivery delivery(long notificationId, Channel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find(
                "notificationId = ?1 and channel = ?2", notificationId, channel).singleResult());
    }

    @Test
    void queuedWithTheInboxDeliveredAndTheSmsPending() {
        long id = queue();
        assertEquals(DeliveryState.SENT, delivery(id, Channel.IN_APP).state);
        Delivery text = delivery(id, Channel.SMS);
        assertEquals(DeliveryState.PENDING, text.state);
        assertEquals(0, text.attempts);
    }

    @Test
    void nothingIsQueuedWhenTheCallersTransactionRollsBack() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.notify(NotificationKind.ASSEMBLY_OPEN, RecipientType.ACCOUNT, 7, "outbox-test", subject,
                    Set.of(Channel.SMS));
            throw new IllegalStateException("the change itself failed");
        }));
        long count = QuarkusTransaction.requiringNew().call(() -> Notification.count("subjectId", subject));
        assertEquals(0, count);
    }

    @Test
    void notifyRefusesToRunOutsideATransaction() {
        assertThrows(RuntimeException.class, () -> notifications.notify(NotificationKind.ASSEMBLY_OPEN,
                RecipientType.ACCOUNT, 7, "outbox-test", subject, Set.of()));
    }

    @Test
    void theWorkerSendsOnceWithTheDeliverysIdempotencyKey() {
        long id = queue();
        worker.runOnce();
        worker.runOnce();
        Delivery text = delivery(id, Channel.SMS);
        assertEquals(DeliveryState.SENT, text.state);
        assertEquals(1, sms.sentKeys.stream().filter(text.idempotencyKey::equals).count());
    }

    @Test
    void aFailedSendWaitsThenRetriesThenSucceeds() {
        long id = queue();
        sms.failuresLeft.set(2);
        long deliveryId = delivery(id, Channel.SMS).id;

        assertEquals(DeliveryState.PENDING, deliveries.attempt(deliveryId));
        Delivery after1 = delivery(id, Channel.SMS);
        assertEquals(1, after1.attempts);
        assertEquals(clock.instant().plus(Duration.ofSeconds(30)), after1.nextAttemptAt);
        assertEquals("provider unavailable", after1.lastError);

        // Not due yet: nothing is tried.
        deliveries.attempt(deliveryId);
        assertEquals(1, delivery(id, Channel.SMS).attempts);

        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        deliveries.attempt(deliveryId);
        Delivery after2 = delivery(id, Channel.SMS);
        assertEquals(2, after2.attempts);
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), after2.nextAttemptAt);

        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        assertEquals(DeliveryState.SENT, deliveries.attempt(deliveryId));
        assertTrue(sms.sentKeys.contains(after2.idempotencyKey));
    }

    @Test
    void aSendWhoseAnswerWasLostIsRepeatedAsTheSameRequestNotASecondText() {
        long id = queue();
        sms.answersLost.set(1);
        long deliveryId = delivery(id, Channel.SMS).id;
        assertEquals(DeliveryState.PENDING, deliveries.attempt(deliveryId), "no answer: tried again later");
        assertEquals(1, sms.sentKeys.size(), "the provider has the text");
        assertEquals(0, delivery(id, Channel.SMS).sendSeq, "the same request next time");

        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        assertEquals(DeliveryState.SENT, deliveries.attempt(deliveryId));
        assertEquals(1, sms.sentKeys.size(), "recognised as the same request: not a second text");
        assertEquals("replayed", delivery(id, Channel.SMS).providerRef);
    }

    @Test
    void aRefusedSendIsRetriedAsANewRequest() {
        long id = queue();
        sms.refusalsLeft.set(1);
        long deliveryId = delivery(id, Channel.SMS).id;
        assertEquals(DeliveryState.PENDING, deliveries.attempt(deliveryId));
        assertEquals(1, delivery(id, Channel.SMS).sendSeq, "the provider answered: a new request next time");
        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        assertEquals(DeliveryState.SENT, deliveries.attempt(deliveryId));
        assertEquals(1, sms.sentKeys.size());
        assertTrue(delivery(id, Channel.SMS).providerRef.startsWith("test-"), "really sent, not taken for a replay");
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsFailed() {
        long id = queue();
        sms.failuresLeft.set(100);
        long deliveryId = delivery(id, Channel.SMS).id;
        DeliveryState state = null;
        for (int i = 0; i < 6; i++) {
            state = deliveries.attempt(deliveryId);
            clock.set(clock.instant().plus(Duration.ofHours(1)));
        }
        assertEquals(DeliveryState.FAILED, state);
        assertEquals(6, delivery(id, Channel.SMS).attempts);
        assertTrue(sms.sentKeys.isEmpty());
    }

    @Test
    void twoWorkersAtOnceSendADeliveryOnce() throws Exception {
        long id = queue();
        long deliveryId = delivery(id, Channel.SMS).id;
        sms.delayMillis = 300;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<DeliveryState> attempt = () -> deliveries.attempt(deliveryId);
            List<Future<DeliveryState>> results = pool.invokeAll(List.of(attempt, attempt));
            for (Future<DeliveryState> r : results) {
                assertEquals(DeliveryState.SENT, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sms.sentKeys.size());
    }
}
