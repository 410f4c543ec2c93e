package cn.shangliang.common.calendar;

import cn.shangliang.common.web.Ui;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A calendar source whose events come from one kind of item (a hearing, a budget cycle, an owners' decision): the
 * one item as its page finds it (so what its page refuses, its file refuses), or every public item of a community,
 * each giving its events with their titles in the visitor's language.
 */
public abstract class ItemCalendar<T> implements CalendarSource {

    @Inject
    Ui ui;

    /** The item {@code id} if the visitor may see it, refused as its page refuses it otherwise. */
    protected abstract T visible(long id);

    /** The community's items anyone may see (no drafts), in the feed's order. */
    protected abstract List<T> published(long communityId);

    protected abstract List<CalendarEvent> events(T item, CalendarMessages titles);

    @Override
    public List<CalendarEvent> item(long id) {
        return events(visible(id), ui.bundle(CalendarMessages.class));
    }

    @Override
    public List<CalendarEvent> ofCommunity(long communityId) {
        CalendarMessages titles = ui.bundle(CalendarMessages.class);
        return published(communityId).stream().flatMap(item -> events(item, titles).stream()).toList();
    }
}
