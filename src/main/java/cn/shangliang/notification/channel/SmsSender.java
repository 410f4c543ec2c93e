package cn.shangliang.notification.channel;

import cn.shangliang.notification.Channel;
import cn.shangliang.notification.ChannelSender;
import cn.shangliang.notification.NotificationConfig;
import cn.shangliang.notification.Outgoing;
import cn.shangliang.notification.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts through Alibaba Cloud SMS. Each kind needs a template registered with Alibaba (its code in
 * {@code shangliang.notification.sms.templates.<KIND>}) whose variables are {@code p0}, {@code p1}, … — the
 * kind's text arguments in order. Without credentials or without the kind's template the text is skipped.
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {

    /** Alibaba limits a notification template variable's value; longer titles are cut. */
    static final int VARIABLE_MAX = 35;

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    private volatile AliyunSms client;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(Outgoing m) throws Exception {
        NotificationConfig.Sms sms = config.sms();
        boolean configured = sms.accessKeyId().isPresent() && sms.accessKeySecret().isPresent() && sms.signName().isPresent();
        if (!configured && !sms.devOutbox()) {
            return SendResult.skip("skipped.not-configured");
        }
        if (m.contact().phone() == null) {
            return SendResult.skip("skipped.no-address");
        }
        if (!configured) {
            return SendResult.sent("dev-outbox");
        }
        String template = sms.templates().get(m.kind().name());
        if (template == null) {
            return SendResult.skip("skipped.no-template");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < m.args().size(); i++) {
            String value = m.args().get(i);
            params.put("p" + i, value.length() > VARIABLE_MAX ? value.substring(0, VARIABLE_MAX) : value);
        }
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return client().send(new AliyunSms.Message(m.contact().phone(), sms.signName().get(), template, params,
                m.idempotencyKey()), m.idempotencyKey() + "-" + m.attempt(), timestamp);
    }

    private AliyunSms client() {
        if (client == null) {
            NotificationConfig.Sms sms = config.sms();
            client = new AliyunSms(sms.endpoint(), new AliyunSms.Credentials(sms.accessKeyId().get(),
                    sms.accessKeySecret().get(), sms.regionId()), "JSON");
        }
        return client;
    }
}
