package cn.shangliang.common.calendar;

import java.util.List;

/**
 * A feature's dated items as calendar events: one item at {@code /calendar/{kind}/{id}.ics} (checked as the item's
 * page is) and every public item of a community for the feed {@code /calendar/community/{id}.ics}.
 */
public interface CalendarSource {

    String kind();

    List<CalendarEvent> item(long id);

    /** What anyone may see of the community: no drafts. */
    List<CalendarEvent> ofCommunity(long communityId);
}
