package cn.shangliang.common.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Pure: an iCalendar file (RFC 5545) of events in Asia/Shanghai. Lines end in CRLF and are folded at 75 octets
 * without splitting a UTF-8 character; TEXT values escape backslash, semicolon, comma and line breaks. China has
 * had no daylight saving since 1991, so the VTIMEZONE is one STANDARD rule at +08:00.
 */
public final class Ics {

    public static final String ZONE = "Asia/Shanghai";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {
    }

    /**
     * @param name    the calendar's name (X-WR-CALNAME, shown by most calendar programs)
     * @param baseUrl the site's address, for each event's URL and UID domain
     * @param now     DTSTAMP of every event
     */
    public static String of(String name, List<CalendarEvent> events, String baseUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Shangliang//Community consultation//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + ZONE);
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + ZONE);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19910915T020000");
        line(out, "TZOFFSETFROM:+0800");
        line(out, "TZOFFSETTO:+0800");
        line(out, "TZNAME:CST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        String host = baseUrl.replaceFirst("^[a-z]+://", "").replaceAll("[:/].*$", "");
        for (CalendarEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now));
            if (e.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
            } else {
                line(out, "DTSTART;TZID=" + ZONE + ":" + LOCAL.format(e.start()));
                line(out, "DTEND;TZID=" + ZONE + ":" + LOCAL.format(e.end()));
            }
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.path() != null) {
                line(out, "URL:" + baseUrl.replaceAll("/+$", "") + e.path());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (§3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
