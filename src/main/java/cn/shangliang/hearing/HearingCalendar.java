package cn.shangliang.hearing;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.CalendarSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hearings in calendars: the last day to register, and the session (three hours from its start). */
@ApplicationScoped
public class HearingCalendar implements CalendarSource {

    private static final long HOURS = 3;

    @Inject
    HearingAccess access;

    @Inject
    Ui ui;

    @Override
    public String kind() {
        return "hearing";
    }

    @Override
    public List<CalendarEvent> item(long id) {
        return events(access.visible(id));
    }

    @Override
    public List<CalendarEvent> ofCommunity(long communityId) {
        List<Hearing> hearings = Hearing.list("communityId = ?1 and status not in ?2 order by hearingDate", communityId,
                List.of(HearingStatus.DRAFT, HearingStatus.CANCELLED));
        return hearings.stream().flatMap(h -> events(h).stream()).toList();
    }

    private List<CalendarEvent> events(Hearing h) {
        CalendarMessages m = ui.bundle(CalendarMessages.class);
        List<CalendarEvent> events = new ArrayList<>();
        if (h.registrationCloses != null) {
            events.add(CalendarEvent.allDay("hearing-registration-" + h.id, m.hearing_registration(h.title), null,
                    h.registrationCloses, "/hearings/" + h.id));
        }
        LocalDateTime start = h.hearingDate.atTime(h.startsAt);
        events.add(CalendarEvent.timed("hearing-" + h.id, m.hearing(h.title), h.matter, h.place, start,
                start.plusHours(HOURS), "/hearings/" + h.id));
        return events;
    }
}
