package cn.shangliang.discussion;

import java.time.LocalDate;

import cn.shangliang.common.item.ItemKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The discussion texts: messages/discussion_zh.properties (default) and discussion_en.properties. */
@MessageBundle(value = "discussion", locale = "zh")
public interface DiscussionMessages {

    @Message
    String title(int total);

    @Message
    String counts(long support, long oppose, long neutral);

    @Message
    String empty();

    @Message
    String closed();

    @Message
    String blocked(String until);

    @Message
    String stance_legend();

    @Message
    String stance_none();

    @Message
    String stance(Stance stance);

    @Message
    String body_label();

    @Message
    String official_check();

    @Message
    String post();

    @Message
    String login_to_comment();

    @Message
    String not_member();

    @Message
    String mark(AuthorMark mark);

    @Message
    String official();

    @Message
    String edited();

    @Message
    String official_link();

    @Message
    String withdrawn();

    @Message
    String hidden(String reason);

    @Message
    String pending();

    @Message
    String edit();

    @Message
    String withdraw();

    @Message
    String report();

    @Message
    String report_reason();

    @Message
    String reason(ReportReason reason);

    @Message
    String report_submit();

    @Message
    String moderate();

    @Message
    String moderate_reason();

    @Message
    String hide();

    @Message
    String restore();

    @Message
    String block_author();

    @Message
    String reply();

    @Message
    String reply_label();

    @Message
    String reply_submit();

    @Message
    String form_title();

    @Message
    String on_item();

    @Message
    String back();

    @Message
    String edit_title();

    @Message
    String save();

    @Message
    String act_report();

    @Message
    String moderation_title();

    @Message
    String pending_title();

    @Message
    String pending_empty();

    @Message
    String kind(ItemKind kind);

    @Message
    String reports(int reports);

    @Message
    String blocks_title();

    @Message
    String blocked_until(LocalDate until);

    @Message
    String unblock();

    @Message
    String blocks_empty();

    @Message
    String block_account();

    @Message
    String block_until();

    @Message
    String block();

    @Message
    String setting_title();

    @Message
    String setting_display();

    @Message
    String display(DisplayName name);

    /** A masked surname: {0} is the surname. */
    @Message
    String name_masked(String surname);

    /** A shown name with its building. */
    @Message
    String name_building(String name, String building);
}
