package cn.shangliang.budget;

import cn.shangliang.common.calendar.CalendarEvent;
import cn.shangliang.common.calendar.CalendarMessages;
import cn.shangliang.common.calendar.ItemCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A budget cycle's deadlines in calendars: the last day for proposals and the end of the notice period. */
@ApplicationScoped
public class BudgetCalendar extends ItemCalendar<BudgetCycle> {

    @Inject
    BudgetAccess access;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "budget";
    }

    @Override
    protected BudgetCycle visible(long id) {
        return access.cycle(id);
    }

    @Override
    protected List<BudgetCycle> published(long communityId) {
        return BudgetCycle.list("communityId = ?1 order by year", communityId);
    }

    @Override
    protected List<CalendarEvent> events(BudgetCycle c, CalendarMessages titles) {
        List<CalendarEvent> events = new ArrayList<>();
        String page = "/budget/cycles/" + c.id;
        if (c.proposalsCloseOn != null) {
            events.add(CalendarEvent.allDay("budget-proposals-" + c.id, titles.budget_proposals(c.title), null, c.proposalsCloseOn, page));
        }
        if (c.noticeEndsAt != null) {
            events.add(CalendarEvent.allDay("budget-notice-" + c.id, titles.budget_notice(c.title), null,
                    LocalDate.ofInstant(c.noticeEndsAt, clock.getZone()), page + "/notice"));
        }
        return events;
    }
}
