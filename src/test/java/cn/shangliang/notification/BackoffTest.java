package cn.shangliang.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    @ParameterizedTest(name = "after {0} failures wait {1}")
    @CsvSource({
            "0, PT0S",
            "1, PT30S",
            "2, PT1M",
            "3, PT2M",
            "6, PT16M",
            "8, PT1H",
            "40, PT1H",
    })
    void doublesUpToTheCap(int failures, Duration expected) {
        assertEquals(expected, Backoff.after(failures, Duration.ofSeconds(30), Duration.ofHours(1)));
    }
}
