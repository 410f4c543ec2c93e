package cn.shangliang.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The search texts: messages/search_zh.properties (default) and search_en.properties. */
@MessageBundle(value = "search", locale = "zh")
public interface SearchMessages {

    @Message
    String title();

    @Message
    String label();

    @Message
    String kind_label();

    @Message
    String all_kinds();

    @Message
    String submit();

    @Message
    String box_label();

    @Message
    String box_placeholder();

    @Message
    String none(String query);

    @Message
    String none_here();

    @Message
    String kind(SearchKind kind);

    @Message
    String count(long count);

    @Message
    String count_capped(long count);

    @Message
    String more(long count);

    @Message
    String comment_hit(long id);
}
