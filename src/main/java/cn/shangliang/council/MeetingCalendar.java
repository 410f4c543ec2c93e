package cn.shangliang.council;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.CalendarSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.List;

/** Council meetings in calendars: each announced meeting for two hours from its start; drafts and cancelled ones never. */
@ApplicationScoped
public class MeetingCalendar implements CalendarSource {

    private static final long HOURS = 2;

    @Inject
    MeetingViews views;

    @Inject
    Ui ui;

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    public List<CalendarEvent> item(long id) {
        MeetingViews.MeetingView m = views.view(id);
        return List.of(event(m.id(), m.title(), m.councilName(), m.place(), m.date().atTime(m.time())));
    }

    @Override
    public List<CalendarEvent> ofCommunity(long communityId) {
        List<Meeting> meetings = Meeting.list("councilId in (select c.id from Council c where c.communityId = ?1) "
                + "and status not in ?2 order by meetingDate, startTime", communityId, List.of(MeetingStatus.DRAFT, MeetingStatus.CANCELLED));
        return meetings.stream().map(m -> event(m.id, m.title, null, m.place, m.meetingDate.atTime(m.startTime))).toList();
    }

    private CalendarEvent event(long id, String title, String council, String place, LocalDateTime start) {
        return CalendarEvent.timed("meeting-" + id, ui.bundle(CalendarMessages.class).meeting(title), council, place,
                start, start.plusHours(HOURS), "/meetings/" + id);
    }
}
