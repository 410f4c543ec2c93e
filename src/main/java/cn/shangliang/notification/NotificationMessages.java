package cn.shangliang.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the notification pages (zh default, en in notification_en.properties). */
@MessageBundle(value = "notification", locale = "zh")
public interface NotificationMessages {

    @Message String inbox_link(long unread);
    @Message String inbox_link_plain();
    @Message String inbox_title();
    @Message String inbox_empty();
    @Message String inbox_unread();
    @Message String inbox_open();
    @Message String inbox_mark_read();
    @Message String inbox_mark_all_read();
    @Message String inbox_settings();
    @Message String settings_title();
    @Message String settings_intro();
    @Message String settings_language();
    @Message String settings_email();
    @Message String settings_quiet();
    @Message String settings_quiet_help();
    @Message String settings_quiet_from();
    @Message String settings_quiet_until();
    @Message String settings_channels();
    @Message String settings_kind();
    @Message String settings_locked();
    @Message String settings_save();
    @Message String wechat_title();
    @Message String wechat_bound();
    @Message String wechat_unbind();
    @Message String wechat_help();
    @Message String wechat_bind();
}
