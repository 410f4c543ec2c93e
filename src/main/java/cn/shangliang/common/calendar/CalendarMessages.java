package cn.shangliang.common.calendar;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Event titles of calendar files and the feed: calendar_zh.properties / calendar_en.properties. */
@MessageBundle(value = "calendar", locale = "zh")
public interface CalendarMessages {

    @Message String feed(String community);
    @Message String meeting(String title);
    @Message String hearing(String title);
    @Message String hearing_registration(String title);
    @Message String voting(String title);
    @Message String budget_proposals(String title);
    @Message String budget_notice(String title);
    @Message String add();
    @Message String feed_link();
}
