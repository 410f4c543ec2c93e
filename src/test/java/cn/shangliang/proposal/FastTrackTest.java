package cn.shangliang.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastTrackTest {
    private final FastTrack track = FastTrack.DEFAULT;

    @Test
    void fastTrackAnswerIsDueFortyEightClockHoursLater() {
        Instant friday = Instant.parse("2025-03-07T09:30:00Z");
        assertEquals(Instant.parse("2025-03-09T09:30:00Z"), track.answerDue(friday)); // weekends count
        assertFalse(track.answerOverdue(friday, Instant.parse("2025-03-09T09:30:00Z")));
        assertTrue(track.answerOverdue(friday, Instant.parse("2025-03-09T09:30:01Z")));
    }

    @Test
    void answerWindowIsConfigurable() {
        FastTrack day = new FastTrack(Duration.ofHours(24), 5);
        assertEquals(Instant.parse("2025-03-08T09:30:00Z"), day.answerDue(Instant.parse("2025-03-07T09:30:00Z")));
    }

    @ParameterizedTest(name = "received {0}: deep track starts by {1}")
    @CsvSource({
            "2025-03-03, 2025-03-10", // Monday → next Monday
            "2025-03-05, 2025-03-12", // Wednesday
            "2025-03-07, 2025-03-14", // Friday → next Friday
            "2025-03-08, 2025-03-14", // Saturday: Mon..Fri
            "2025-03-09, 2025-03-14", // Sunday
            "2025-12-31, 2026-01-07", // New Year's Day is not modelled as a holiday
            "2024-02-26, 2024-03-04"}) // across a leap February
    void deepTrackStartsWithinFiveWorkingDays(LocalDate received, LocalDate deadline) {
        assertEquals(deadline, track.deepStartDeadline(received));
    }

    @Test
    void deepTrackDeadlineDayIsStillInTime() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        assertFalse(track.deepStartOverdue(monday, LocalDate.of(2025, 3, 10)));
        assertTrue(track.deepStartOverdue(monday, LocalDate.of(2025, 3, 11)));
    }

    @Test
    void workingDaysAreConfigurable() {
        FastTrack oneDay = new FastTrack(Duration.ofHours(48), 1);
        assertEquals(LocalDate.of(2025, 3, 10), oneDay.deepStartDeadline(LocalDate.of(2025, 3, 7)));
    }

    @Test
    void deadlinesArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new FastTrack(Duration.ZERO, 5));
        assertThrows(IllegalArgumentException.class, () -> new FastTrack(Duration.ofHours(48), 0));
    }
}
