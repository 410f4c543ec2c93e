package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mail through Quarkus Mailer to a real SMTP server started by the test, in the recipient's language. */
@QuarkusTest
@WithTestResource(value = GreenMailResource.class)
class EmailDeliveryTest {

    @Inject
    Notifications notifications;

    @Inject
    DeliveryService deliveries;

    @Inject
    Fixtures fixtures;

    @Test
    void aNotificationReachesTheSmtpServerOnceInTheRecipientsLanguage() throws Exception {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            NotificationSetting s = new NotificationSetting();
            s.recipientType = RecipientType.ACCOUNT;
            s.recipientId = me.accountId();
            s.language = "en";
            s.email = "resident@example.org";
            s.quietFrom = 21;
            s.quietUntil = 8;
            s.persist();
        });
        long id = QuarkusTransaction.requiringNew().call(() -> notifications.notify(new Notifications.Draft(
                NotificationKind.HEARING_NOTICE, RecipientType.ACCOUNT, me.accountId(), "hearing", 5, null,
                "/hearings/5", List.of("停车收费听证", "2026-12-20"))));
        Delivery email = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find(
                "notificationId = ?1 and channel = ?2", id, Channel.EMAIL).singleResult());

        assertEquals(DeliveryState.SENT, deliveries.attempt(email.id));
        assertEquals(DeliveryState.SENT, deliveries.attempt(email.id));

        assertTrue(GreenMailResource.server.waitForIncomingEmail(5000, 1));
        MimeMessage[] received = GreenMailResource.server.getReceivedMessagesForDomain("example.org");
        assertEquals(1, received.length, "sent once");
        MimeMessage m = received[0];
        assertEquals("Hearing announced: 停车收费听证", m.getSubject());
        assertEquals("<" + email.idempotencyKey + "@shangliang>", m.getMessageID());
        String body = String.valueOf(m.getContent());
        assertTrue(body.contains("The hearing \"停车收费听证\" will be held on 2026-12-20."), body);
        assertTrue(body.contains("http://localhost:8080/hearings/5"), body);
        Delivery after = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(email.id));
        assertEquals(m.getMessageID(), after.providerRef);
    }
}
