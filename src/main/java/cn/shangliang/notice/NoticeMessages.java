package cn.shangliang.notice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

@MessageBundle(value = "notice", locale = "zh")
public interface NoticeMessages {

    @Message String board_title();
    @Message String board_intro();
    @Message String filter();
    @Message String all();
    @Message String empty();
    @Message String empty_filtered();
    @Message String search();
    @Message String search_submit();
    @Message String clear();
    @Message String community();
    @Message String all_communities();
    @Message String category_label();
    @Message String published_at();
    @Message String ends_at();
    @Message String details();
    @Message String category(NoticeCategory category);
    @Message String superseded();
    @Message String superseded_link();
    @Message String superseded_badge();
}
