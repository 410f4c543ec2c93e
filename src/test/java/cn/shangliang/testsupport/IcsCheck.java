package cn.shangliang.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict RFC 5545 reader for tests (no iCalendar library resolves here offline): CRLF line ends, lines folded at
 * 75 octets, well-formed content lines, nested components, the required properties of VCALENDAR and VEVENT, a
 * VTIMEZONE for every TZID used, TEXT values escaped, DTEND after DTSTART. Returns each event's properties.
 */
public final class IcsCheck {

    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*))*):(.*)");
    private static final Pattern TZID = Pattern.compile(";TZID=([^;:]+)");

    private IcsCheck() {
    }

    /** One property: its parameters (e.g. ";TZID=Asia/Shanghai") and value, by name. */
    public record Prop(String params, String value) {
    }

    public static List<Map<String, Prop>> events(String ics) {
        if (ics.replace("\r\n", "").contains("\n") || ics.replace("\r\n", "").contains("\r")) {
            throw new AssertionError("a line does not end in CRLF");
        }
        if (!ics.endsWith("\r\n")) {
            throw new AssertionError("the file does not end in CRLF");
        }
        List<String> lines = new ArrayList<>();
        for (String physical : ics.split("\r\n")) {
            if (physical.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("longer than 75 octets: " + physical);
            }
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, Prop>> events = new ArrayList<>();
        List<String> timezones = new ArrayList<>();
        List<String> usedZones = new ArrayList<>();
        Map<String, Prop> calendar = new LinkedHashMap<>();
        Map<String, Prop> current = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a content line: " + line);
            }
            String name = m.group(1).toUpperCase();
            String params = m.group(2);
            String value = m.group(3);
            if (name.equals("BEGIN")) {
                if (open.isEmpty() && !value.equals("VCALENDAR")) {
                    throw new AssertionError("must start with VCALENDAR");
                }
                open.push(value);
                if (value.equals("VEVENT")) {
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            if (name.equals("END")) {
                if (open.isEmpty() || !open.pop().equals(value)) {
                    throw new AssertionError("END:" + value + " does not close the open component");
                }
                if (value.equals("VEVENT")) {
                    events.add(checkEvent(current));
                    current = null;
                }
                continue;
            }
            Matcher tz = TZID.matcher(params);
            if (tz.find()) {
                usedZones.add(tz.group(1));
            }
            if ("VTIMEZONE".equals(open.peek()) && name.equals("TZID")) {
                timezones.add(value);
            }
            if (List.of("SUMMARY", "DESCRIPTION", "LOCATION").contains(name) && value.replace("\\\\", "").replace("\\;", "")
                    .replace("\\,", "").matches(".*[;,].*")) {
                throw new AssertionError("unescaped ; or , in TEXT " + name + ": " + value);
            }
            Map<String, Prop> target = "VEVENT".equals(open.peek()) ? current : "VCALENDAR".equals(open.peek()) ? calendar : null;
            if (target != null && target.put(name, new Prop(params, value)) != null && !name.startsWith("X-")) {
                throw new AssertionError(name + " twice in one component");
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError("unclosed: " + open);
        }
        if (!calendar.containsKey("PRODID") || !calendar.containsKey("VERSION") || !calendar.get("VERSION").value().equals("2.0")) {
            throw new AssertionError("VCALENDAR needs PRODID and VERSION:2.0");
        }
        for (String zone : usedZones) {
            if (!timezones.contains(zone)) {
                throw new AssertionError("TZID " + zone + " used without its VTIMEZONE");
            }
        }
        return events;
    }

    private static Map<String, Prop> checkEvent(Map<String, Prop> e) {
        for (String required : List.of("UID", "DTSTAMP", "DTSTART")) {
            if (!e.containsKey(required)) {
                throw new AssertionError("VEVENT without " + required);
            }
        }
        if (!e.get("DTSTAMP").value().matches("\\d{8}T\\d{6}Z")) {
            throw new AssertionError("DTSTAMP must be UTC: " + e.get("DTSTAMP").value());
        }
        String start = e.get("DTSTART").value();
        boolean date = e.get("DTSTART").params().contains("VALUE=DATE");
        if (!(date ? start.matches("\\d{8}") : start.matches("\\d{8}T\\d{6}Z?"))) {
            throw new AssertionError("bad DTSTART: " + start);
        }
        if (e.containsKey("DTEND") && e.get("DTEND").value().compareTo(start) <= 0) {
            throw new AssertionError("DTEND not after DTSTART: " + e);
        }
        return e;
    }
}
