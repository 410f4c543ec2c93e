package cn.shangliang.common.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the layout, home, login and error pages. Chinese in msg_zh.properties, English in msg_en. */
@MessageBundle(value = "msg", locale = "zh")
public interface AppMessages {

    /** Punctuation between template pieces: full-width in Chinese, ASCII and a no-break space in English. */
    @Message String colon();
    @Message String open_paren();
    @Message String close_paren();
    @Message String semicolon();
    @Message String comma();
    @Message String list_sep();
    @Message String chart_met();
    @Message String qr_check_in();
    @Message String qr_check_in_confirm(String name);
    @Message String qr_check_in_button();
    @Message String qr_check_in_fallback();
    @Message String qr_check_in_show();
    @Message String chart_not_met();
    @Message String app_name();
    @Message String app_tagline();
    @Message String nav_home();
    @Message String nav_notices();
    @Message String nav_login();
    @Message String nav_logout();
    @Message String nav_proposals();
    @Message String nav_councils();
    @Message String nav_hearings();
    @Message String nav_assembly();
    @Message String nav_budget();
    @Message String nav_accounts();
    @Message String nav_community();
    @Message String nav_cards();
    @Message String nav_audit();
    @Message String pref_large_on();
    @Message String pref_large_off();
    @Message String pref_lang_other();
    @Message String skip_to_content();
    @Message String login_title();
    @Message String login_account();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_after_setup();
    @Message String login_after_activation();
    @Message String login_after_signup();
    @Message String login_session_ended();
    @Message String login_activate();
    @Message String login_signup();
    @Message String login_with_card();
    @Message String error_title();
    @Message String error_back_home();
    @Message String flash_submitted();
    @Message String form_invalid();
    @Message String pager_label();
    @Message String pager_prev();
    @Message String pager_next();
    @Message String home_welcome(String name);
    @Message String home_guest();
    @Message String home_attention();
    @Message String home_nothing();
    @Message String audit_title();
    @Message String audit_intact();
    @Message String audit_broken(Long id, Long seq);
    @Message String audit_counts(long sealed, long unsealed);
    @Message String audit_truncated(Long seq, long head);
    @Message String audit_head_mismatch(Long seq, long head);
    @Message String audit_anchor_mismatch(Long id, Long seq);
    @Message String audit_head(long seq, String hash, int anchors);
    @Message String audit_area();
    @Message String audit_all();
    @Message String audit_actor();
    @Message String audit_search();
    @Message String audit_filter();
    @Message String audit_none();
    @Message String audit_entries_caption();
    @Message String audit_col_seq();
    @Message String audit_col_time();
    @Message String audit_col_actor();
    @Message String audit_col_action();
    @Message String audit_col_record();
    @Message String audit_col_summary();
}
