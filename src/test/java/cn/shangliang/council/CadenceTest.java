package cn.shangliang.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CadenceTest {
    private static final LocalDate CREATED = LocalDate.of(2020, 5, 20);
    private final Cadence cadence = Cadence.DEFAULT;

    @ParameterizedTest(name = "last monthly {0}, today {1}: due {2}, overdue {3}")
    @CsvSource({
            "2024-01-15, 2024-01-20, 2024-02-29, false", // leap February
            "2023-01-15, 2023-02-28, 2023-02-28, false", // due day itself is still in time
            "2023-01-15, 2023-03-01, 2023-02-28, true",
            "2024-01-31, 2024-02-29, 2024-02-29, false", // month end: no "31 Jan + 1 month" clamping
            "2024-01-31, 2024-03-01, 2024-02-29, true",
            "2024-02-01, 2024-02-01, 2024-03-31, false", // held today: this month is done
            "2024-02-29, 2024-03-31, 2024-03-31, false",
            "2023-12-31, 2024-01-01, 2024-01-31, false", // year end
            "2024-11-30, 2024-12-31, 2024-12-31, false",
            "2023-01-10, 2024-06-01, 2023-02-28, true"}) // long overdue: the first missed deadline
    void monthlyMeansOneHeldMeetingInEveryCalendarMonth(LocalDate last, LocalDate today, LocalDate due, boolean overdue) {
        assertEquals(new Cadence.Due(due, overdue), cadence.status(CREATED, last, null, today).monthly());
    }

    @ParameterizedTest(name = "last consultation {0}, today {1}: due {2}, overdue {3}")
    @CsvSource({
            "2024-03-10, 2024-07-01, 2024-12-31, false",
            "2024-06-30, 2024-12-31, 2024-12-31, false", // last day of the first half-year
            "2024-07-01, 2025-01-01, 2025-06-30, false", // first day of the second
            "2024-01-01, 2025-01-01, 2024-12-31, true",
            "2023-12-31, 2024-06-30, 2024-06-30, false"})
    void consultationMeansOneInEveryCalendarHalfYear(LocalDate last, LocalDate today, LocalDate due, boolean overdue) {
        assertEquals(new Cadence.Due(due, overdue), cadence.status(CREATED, null, last, today).consultation());
    }

    @Test
    void aNewCouncilHasItsFirstPeriodAsGrace() {
        LocalDate created = LocalDate.of(2024, 1, 30);
        Cadence.Status status = cadence.status(created, null, null, LocalDate.of(2024, 2, 1));
        assertEquals(new Cadence.Due(LocalDate.of(2024, 2, 29), false), status.monthly());
        assertEquals(new Cadence.Due(LocalDate.of(2024, 12, 31), false), status.consultation());

        Cadence.Status later = cadence.status(created, null, null, LocalDate.of(2024, 3, 1));
        assertEquals(new Cadence.Due(LocalDate.of(2024, 2, 29), true), later.monthly());
    }

    @Test
    void periodsAreConfigurable() {
        Cadence quarterlyAndYearly = new Cadence(3, 12);
        Cadence.Status status = quarterlyAndYearly.status(CREATED, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 6, 1));
        assertEquals(new Cadence.Due(LocalDate.of(2024, 9, 30), false), status.monthly());
        assertEquals(new Cadence.Due(LocalDate.of(2025, 12, 31), false), status.consultation());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7, 24, -1})
    void periodsMustTileTheYear(int months) {
        assertThrows(IllegalArgumentException.class, () -> new Cadence(months, 6));
        assertThrows(IllegalArgumentException.class, () -> new Cadence(1, months));
    }

    @Test
    void aHeldMeetingLiesBetweenCreationAndToday() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        assertThrows(IllegalArgumentException.class, () -> cadence.status(CREATED, today.plusDays(1), null, today));
        assertThrows(IllegalArgumentException.class, () -> cadence.status(CREATED, null, CREATED.minusDays(1), today));
    }
}
