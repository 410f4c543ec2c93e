package cn.shangliang.council;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * How often a council must meet, counted in calendar periods: at least one held monthly meeting in every
 * calendar month, and at least one held consultation meeting (议事协商会议) in every calendar half-year
 * (January–June, July–December). Periods of 1, 2, 3, 4, 6 or 12 months are allowed because only those tile
 * the calendar year.
 *
 * <p>Calendar periods rather than "within one month of the last meeting": they match how supervision and
 * the notice board count ("did the council meet in March?"), a late meeting does not push every later
 * deadline back, and month ends need no clamping (31 January plus one month is not a question).
 *
 * <p>The period in which the council was created is a grace period, and so is the period of the last held
 * meeting: the next meeting is due by the last day of the following period. "Held" means the meeting reached
 * CLOSED; cancelled meetings do not count, and a SPECIAL meeting does not stand in for the monthly one.
 */
public record Cadence(int monthlyPeriodMonths, int consultationPeriodMonths) {
    private static final Set<Integer> TILES_A_YEAR = Set.of(1, 2, 3, 4, 6, 12);
    public static final Cadence DEFAULT = new Cadence(1, 6);

    public Cadence {
        if (!TILES_A_YEAR.contains(monthlyPeriodMonths) || !TILES_A_YEAR.contains(consultationPeriodMonths)) {
            throw new IllegalArgumentException("a period must be 1, 2, 3, 4, 6 or 12 months");
        }
    }

    /** The last day by which the next meeting must be held, and whether that day has passed. */
    public record Due(LocalDate deadline, boolean overdue) {
    }

    public record Status(Due monthly, Due consultation) {
    }

    /**
     * @param lastMonthly      date of the last held monthly meeting, or null if none was held yet
     * @param lastConsultation date of the last held consultation meeting, or null if none was held yet
     */
    public Status status(LocalDate councilCreated, LocalDate lastMonthly, LocalDate lastConsultation, LocalDate today) {
        Objects.requireNonNull(councilCreated);
        Objects.requireNonNull(today);
        return new Status(due(monthlyPeriodMonths, councilCreated, lastMonthly, today),
                due(consultationPeriodMonths, councilCreated, lastConsultation, today));
    }

    private static Due due(int periodMonths, LocalDate created, LocalDate lastHeld, LocalDate today) {
        if (lastHeld != null && (lastHeld.isBefore(created) || lastHeld.isAfter(today))) {
            throw new IllegalArgumentException("a held meeting lies between the council's creation and today: " + lastHeld);
        }
        LocalDate anchor = lastHeld == null ? created : lastHeld;
        LocalDate deadline = endOfPeriod(periodIndex(anchor, periodMonths) + 1, periodMonths);
        return new Due(deadline, today.isAfter(deadline));
    }

    private static long periodIndex(LocalDate date, int periodMonths) {
        return (date.getYear() * 12L + date.getMonthValue() - 1) / periodMonths;
    }

    private static LocalDate endOfPeriod(long index, int periodMonths) {
        long lastMonth = (index + 1) * periodMonths - 1;
        return YearMonth.of(Math.toIntExact(lastMonth / 12), (int) (lastMonth % 12) + 1).atEndOfMonth();
    }
}
