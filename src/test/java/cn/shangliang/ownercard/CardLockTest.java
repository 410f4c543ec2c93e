package cn.shangliang.ownercard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lock lengths by how many locks in a row, and when a lock is over. */
class CardLockTest {

    @ParameterizedTest
    @CsvSource({"1, PT15M", "2, PT30M", "3, PT1H", "4, PT2H", "7, PT16H", "8, PT24H", "30, PT24H"})
    void eachLockInARowLastsTwiceAsLongUpToADay(int lockCount, Duration length) {
        assertEquals(length, CardLock.length(lockCount));
    }

    @ParameterizedTest
    @CsvSource({"-1, false", "0, true", "1, true"})
    void aLockIsOverAtItsEnd(long secondsAfterEnd, boolean over) {
        Instant end = Instant.parse("2026-12-07T08:00:00Z");
        assertEquals(over, CardLock.over(end, end.plusSeconds(secondsAfterEnd)));
    }
}
