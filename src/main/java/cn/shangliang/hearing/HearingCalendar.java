package cn.shangliang.hearing;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.ItemCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hearings in calendars: the last day to register, and the session (three hours from its start). */
@ApplicationScoped
public class HearingCalendar extends ItemCalendar<Hearing> {

    private static final long HOURS = 3;

    @Inject
    HearingAccess access;

    @Override
    public String kind() {
        return "hearing";
    }

    @Override
    protected Hearing visible(long id) {
        return access.visible(id);
    }

    @Override
    protected List<Hearing> published(long communityId) {
        return Hearing.list("communityId = ?1 and status not in ?2 order by hearingDate", communityId,
                List.of(HearingStatus.DRAFT, HearingStatus.CANCELLED));
    }

    @Override
    protected List<CalendarEvent> events(Hearing h, CalendarMessages titles) {
        List<CalendarEvent> events = new ArrayList<>();
        if (h.registrationCloses != null) {
            events.add(CalendarEvent.allDay("hearing-registration-" + h.id, titles.hearing_registration(h.title), null,
                    h.registrationCloses, "/hearings/" + h.id));
        }
        LocalDateTime start = h.hearingDate.atTime(h.startsAt);
        events.add(CalendarEvent.timed("hearing-" + h.id, titles.hearing(h.title), h.matter, h.place, start,
                start.plusHours(HOURS), "/hearings/" + h.id));
        return events;
    }
}
