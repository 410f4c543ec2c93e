package cn.shangliang.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Notification settings. Provider credentials come only from here (environment variables in production); a
 * channel without them is not configured, and its deliveries are SKIPPED with that reason: no channel is needed
 * for the app to run.
 */
@ConfigMapping(prefix = "shangliang.notification")
public interface NotificationConfig {

    /** Sends tried per delivery before it is FAILED (and shows on the paper list). */
    @WithDefault("6")
    int maxAttempts();

    /** Wait after the first failed send; doubled after each further failure, up to {@link #retryMax()}. */
    @WithDefault("PT30S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryMax();

    /** Deliveries taken per worker run, so one run stays short and the lease stays valid. */
    @WithDefault("200")
    int batch();

    /**
     * Notifications of a notice to many owners whose deliveries the worker creates per transaction (issue 17): each
     * gets one delivery per channel, so a batch writes up to four times as many rows.
     */
    @WithDefault("2000")
    int fanOutBatch();

    /** How long one worker run spends creating deliveries before it sends, so sending never waits for a large notice. */
    @WithDefault("PT20S")
    Duration fanOutPerRun();

    /** How often the worker looks for due deliveries (a scheduler interval; "off" in tests). */
    @WithDefault("5s")
    String sendEvery();

    /** How often the timed assembly messages (voting open, closing soon) are looked for ("off" in tests). */
    @WithDefault("60s")
    String timedEvery();

    /** Default SMS quiet hours (China time): no texts from this hour… */
    @WithDefault("21")
    int quietFrom();

    /** …until this hour. */
    @WithDefault("8")
    int quietUntil();

    /** Days before an assembly vote closes when owners who have not voted get a reminder. */
    @WithDefault("3")
    int reminderDays();

    /**
     * Days before a hearing's registration closes (its last day) when residents who have not registered hear that
     * it is closing soon: 1 means on the day before the last day.
     */
    @WithDefault("1")
    int hearingClosingDays();

    Email email();

    Sms sms();

    Wechat wechat();

    interface Email {
        /** Whether e-mail is sent at all (the SMTP server itself is quarkus.mailer.*). */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("noreply@shangliang.local")
        String from();
    }

    interface Sms {
        /**
         * Development only: without provider credentials, texts count as sent and are read on the staff outbox page
         * instead of going anywhere.
         */
        @WithDefault("false")
        boolean devOutbox();

        /** Price of one text in fen, for the monthly cost cap. */
        @WithDefault("5")
        long priceFen();

        /** Cost cap per community per month in fen; texts beyond it are skipped (paper and other channels remain). */
        @WithDefault("50000")
        long monthlyCapFen();

        /** Staff of the community are warned once a month when spending reaches this percentage of the cap. */
        @WithDefault("80")
        int warnPercent();

        /** Alibaba Cloud SMS (dysmsapi) endpoint. */
        @WithDefault("https://dysmsapi.aliyuncs.com/")
        String endpoint();

        @WithDefault("cn-hangzhou")
        String regionId();

        Optional<String> accessKeyId();

        Optional<String> accessKeySecret();

        Optional<String> signName();

        /** Template code registered with the provider, by notification kind name (kinds without one are skipped). */
        Map<String, String> templates();

        /**
         * The secret path segment of the delivery-receipt address given to Alibaba
         * ({@code /api/notifications/receipts/aliyun-sms/<secret>}); without it receipts are not accepted (404).
         */
        Optional<String> receiptSecret();
    }

    interface Wechat {
        /** WeChat Official Account API base (access token, template messages, OAuth code exchange). */
        @WithDefault("https://api.weixin.qq.com")
        String apiBase();

        /** Where people are sent to authorize the binding of their openid. */
        @WithDefault("https://open.weixin.qq.com")
        String oauthBase();

        Optional<String> appId();

        Optional<String> appSecret();

        /** Template id by notification kind name. */
        Map<String, String> templates();

        /**
         * The Token set on the Official Account's server configuration: WeChat signs each event it pushes with it
         * (SHA-1 of token, timestamp and nonce); without it events are not accepted (404).
         */
        Optional<String> eventToken();
    }
}
