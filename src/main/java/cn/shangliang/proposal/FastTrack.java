package cn.shangliang.proposal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines once a proposal is received for review (entered UNDER_REVIEW), after 绍兴 DB3306/T 075-2025:
 * a fast-track proposal is answered within 48 clock hours, weekends included; a deep-track proposal is
 * started (SCHEDULED on a meeting agenda) within 5 working days.
 *
 * <p>Working days are Monday to Friday with no holiday calendar: public holidays and swapped working
 * weekends (调休) are not modelled, so around them the deadline can be a few days off the official one.
 * The day of receipt never counts, so the deadline is the end of the fifth full working day after it.
 */
public record FastTrack(Duration answerWithin, int deepStartWorkingDays) {
    public static final FastTrack DEFAULT = new FastTrack(Duration.ofHours(48), 5);

    public FastTrack {
        Objects.requireNonNull(answerWithin);
        if (answerWithin.isNegative() || answerWithin.isZero() || deepStartWorkingDays < 1) {
            throw new IllegalArgumentException("deadlines must be positive");
        }
    }

    public Instant answerDue(Instant receivedAt) {
        return receivedAt.plus(answerWithin);
    }

    public boolean answerOverdue(Instant receivedAt, Instant now) {
        return now.isAfter(answerDue(receivedAt));
    }

    /** The last day (inclusive) on which the deep track must start. */
    public LocalDate deepStartDeadline(LocalDate receivedOn) {
        LocalDate day = receivedOn;
        int counted = 0;
        while (counted < deepStartWorkingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    public boolean deepStartOverdue(LocalDate receivedOn, LocalDate today) {
        return today.isAfter(deepStartDeadline(receivedOn));
    }
}
