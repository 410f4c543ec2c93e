package cn.shangliang.budget;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.CalendarSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A budget cycle's deadlines in calendars: the last day for proposals and the end of the notice period. */
@ApplicationScoped
public class BudgetCalendar implements CalendarSource {

    @Inject
    BudgetAccess access;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "budget";
    }

    @Override
    public List<CalendarEvent> item(long id) {
        return events(access.cycle(id));
    }

    @Override
    public List<CalendarEvent> ofCommunity(long communityId) {
        List<BudgetCycle> cycles = BudgetCycle.list("communityId = ?1 order by year", communityId);
        return cycles.stream().flatMap(c -> events(c).stream()).toList();
    }

    private List<CalendarEvent> events(BudgetCycle c) {
        CalendarMessages m = ui.bundle(CalendarMessages.class);
        List<CalendarEvent> events = new ArrayList<>();
        String page = "/budget/cycles/" + c.id;
        if (c.proposalsCloseOn != null) {
            events.add(CalendarEvent.allDay("budget-proposals-" + c.id, m.budget_proposals(c.title), null, c.proposalsCloseOn, page));
        }
        if (c.noticeEndsAt != null) {
            events.add(CalendarEvent.allDay("budget-notice-" + c.id, m.budget_notice(c.title), null,
                    LocalDate.ofInstant(c.noticeEndsAt, clock.getZone()), page + "/notice"));
        }
        return events;
    }
}
