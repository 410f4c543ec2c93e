package cn.shangliang.assembly;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.ItemCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** An owners' decision in calendars: its voting window, from opening to closing, once published. */
@ApplicationScoped
public class DecisionCalendar extends ItemCalendar<Decision> {

    @Inject
    DecisionViews views;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "decision";
    }

    @Override
    protected Decision visible(long id) {
        return views.visible(id);
    }

    @Override
    protected List<Decision> published(long communityId) {
        return Decision.list("communityId = ?1 and status in ?2 order by opensAt", communityId,
                List.of(DecisionStatus.PUBLISHED, DecisionStatus.CLOSED));
    }

    @Override
    protected List<CalendarEvent> events(Decision d, CalendarMessages titles) {
        return List.of(CalendarEvent.timed("decision-" + d.id, titles.voting(d.title), null, null,
                LocalDateTime.ofInstant(d.opensAt, clock.getZone()), LocalDateTime.ofInstant(d.closesAt, clock.getZone()),
                "/assembly/" + d.id));
    }
}
