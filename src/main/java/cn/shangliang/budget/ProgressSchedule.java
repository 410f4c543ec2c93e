package cn.shangliang.budget;

import java.time.LocalDate;

/**
 * Monthly progress reports: the next one is due one calendar month after the previous report (or after the
 * contract, for the first); a project still in implementation past that date is overdue.
 */
public final class ProgressSchedule {

    private ProgressSchedule() {
    }

    public static LocalDate nextDue(LocalDate contractedOn, LocalDate lastReportOn) {
        LocalDate from = lastReportOn != null && lastReportOn.isAfter(contractedOn) ? lastReportOn : contractedOn;
        return from.plusMonths(1);
    }

    public static boolean overdue(ProjectStatus status, LocalDate contractedOn, LocalDate lastReportOn, LocalDate today) {
        boolean reporting = status == ProjectStatus.IMPLEMENTING || status == ProjectStatus.RECTIFYING;
        return reporting && contractedOn != null && today.isAfter(nextDue(contractedOn, lastReportOn));
    }
}
