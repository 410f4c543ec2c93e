package cn.shangliang.common.calendar;

import cn.shangliang.testsupport.IcsCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar writer passes a strict RFC 5545 reading: folding, escaping, time zone, required properties. */
class IcsTest {

    @Test
    void timedAndAllDayEventsInChinaTime() {
        String longTitle = "关于幸福路一号至六号楼加装电梯选址和费用分摊方案的听证会，欢迎居民旁听；请提前报名";
        String ics = Ics.of("幸福社区议事日程", List.of(
                CalendarEvent.timed("meeting-1", longTitle, "第一行\n第二行, 带逗号", "社区议事厅; 二楼",
                        LocalDateTime.of(2026, 3, 5, 19, 0), LocalDateTime.of(2026, 3, 5, 21, 0), "/meetings/1"),
                CalendarEvent.allDay("budget-proposals-2", "点单截止", null, LocalDate.of(2026, 4, 30), "/budget/cycles/2")),
                "https://shangliang.example.cn", Instant.parse("2026-03-01T00:00:00Z"));
        List<Map<String, IcsCheck.Prop>> events = IcsCheck.events(ics);
        assertEquals(2, events.size());
        Map<String, IcsCheck.Prop> meeting = events.get(0);
        assertEquals(";TZID=Asia/Shanghai", meeting.get("DTSTART").params());
        assertEquals("20260305T190000", meeting.get("DTSTART").value());
        assertEquals("meeting-1@shangliang.example.cn", meeting.get("UID").value());
        assertEquals(Ics.text(longTitle), meeting.get("SUMMARY").value(), "unfolded back whole");
        assertEquals("第一行\\n第二行\\, 带逗号", meeting.get("DESCRIPTION").value());
        assertEquals("https://shangliang.example.cn/meetings/1", meeting.get("URL").value());
        assertEquals("20260430", events.get(1).get("DTSTART").value());
        assertEquals("20260501", events.get(1).get("DTEND").value());
        assertTrue(ics.contains("TZOFFSETTO:+0800"));
    }

    @Test
    void theCheckerRefusesWhatCalendarsRefuse() {
        assertThrows(AssertionError.class, () -> IcsCheck.events("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"));
        assertThrows(AssertionError.class, () -> IcsCheck.events("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
                + "BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    }
}
