package cn.shangliang.common.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One event of a calendar file, in China Standard Time. Either timed ({@code start}, {@code end} local times in
 * Asia/Shanghai) or a whole day ({@code day}); {@code uid} stays the same for the same item, so a calendar that
 * subscribed to the feed updates the event instead of adding a second one.
 */
public record CalendarEvent(String uid, String summary, String description, String location, LocalDateTime start,
                            LocalDateTime end, LocalDate day, String path) {

    public static CalendarEvent timed(String uid, String summary, String description, String location,
                                      LocalDateTime start, LocalDateTime end, String path) {
        return new CalendarEvent(uid, summary, description, location, start, end, null, path);
    }

    public static CalendarEvent allDay(String uid, String summary, String description, LocalDate day, String path) {
        return new CalendarEvent(uid, summary, description, null, null, null, day, path);
    }
}
