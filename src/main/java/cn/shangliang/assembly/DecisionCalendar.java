package cn.shangliang.assembly;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.CalendarSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** An owners' decision in calendars: its voting window, from opening to closing, once published. */
@ApplicationScoped
public class DecisionCalendar implements CalendarSource {

    @Inject
    DecisionViews views;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "decision";
    }

    @Override
    public List<CalendarEvent> item(long id) {
        return List.of(event(views.visible(id)));
    }

    @Override
    public List<CalendarEvent> ofCommunity(long communityId) {
        List<Decision> decisions = Decision.list("communityId = ?1 and status in ?2 order by opensAt", communityId,
                List.of(DecisionStatus.PUBLISHED, DecisionStatus.CLOSED));
        return decisions.stream().map(this::event).toList();
    }

    private CalendarEvent event(Decision d) {
        return CalendarEvent.timed("decision-" + d.id, ui.bundle(CalendarMessages.class).voting(d.title), null, null,
                LocalDateTime.ofInstant(d.opensAt, clock.getZone()), LocalDateTime.ofInstant(d.closesAt, clock.getZone()),
                "/assembly/" + d.id);
    }
}
