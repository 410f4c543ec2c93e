package cn.shangliang.notification.channel;

import cn.shangliang.notification.Channel;
import cn.shangliang.notification.ChannelSender;
import cn.shangliang.notification.NotificationConfig;
import cn.shangliang.notification.Outgoing;
import cn.shangliang.notification.SendResult;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * E-mail over SMTP with Quarkus Mailer (server in {@code quarkus.mailer.*}; in dev and test the mailer is mocked
 * unless a test points it at a real server). SMTP has no idempotency of its own: the delivery's key becomes the
 * Message-ID, so a copy repeated after a crash carries the same id and mail clients show it once.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    @Inject
    NotificationConfig config;

    @Inject
    Mailer mailer;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(Outgoing m) {
        if (!config.email().enabled()) {
            return SendResult.skip("skipped.not-configured");
        }
        if (m.contact().email() == null) {
            return SendResult.skip("skipped.no-address");
        }
        String messageId = "<" + m.idempotencyKey() + "@shangliang>";
        mailer.send(Mail.withText(m.contact().email(), m.title(), m.body() + "\n\n" + m.link())
                .setFrom(config.email().from())
                .addHeader("Message-ID", messageId));
        return SendResult.sent(messageId);
    }
}
