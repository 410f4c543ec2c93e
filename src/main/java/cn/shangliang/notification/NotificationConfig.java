package cn.shangliang.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    /** How often the worker looks for due deliveries (a scheduler interval; "off" in tests). */
    @WithDefault("5s")
    String sendEvery();
}
