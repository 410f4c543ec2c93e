package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the setup, activation, sign-up and account pages. Chinese in accounts_zh, English in accounts_en. */
@MessageBundle(value = "accounts", locale = "zh")
public interface AccountMessages {

    @Message
    String field(String name);

    @Message
    String role(Role role);

    @Message
    String signup_status(ResidentSignup.Status status);

    @Message String setup_title();
    @Message String setup_intro();
    @Message String setup_token_hint();
    @Message String setup_submit();
    @Message String password_rules();
    @Message String activate_title();
    @Message String activate_intro();
    @Message String activate_submit();
    @Message String signup_title();
    @Message String signup_intro();
    @Message String signup_submit();
    @Message String choose();
    @Message String account_title();
    @Message String password_changed();
    @Message String password_change();
    @Message String roles();
    @Message String signup_state();
    @Message String signup_reason();
    @Message String slip_title();
    @Message String slip_print();

    @Message String slip_sent();
    @Message String slip_heading();
    @Message String slip_expires();
    @Message String slip_instructions();
    @Message String to_account();
    @Message String accounts_title();
    @Message String accounts_no_community();
    @Message String accounts_empty();
    @Message String search();
    @Message String all_roles();
    @Message String filter();
    @Message String signups_link();
    @Message String status();
    @Message String last_login();
    @Message String enabled();
    @Message String disabled();
    @Message String prev();
    @Message String next();
    @Message String page_of(int page, long total);
    @Message String create_title();
    @Message String create_hint();
    @Message String create_submit();
    @Message String register_title();
    @Message String register_none();
    @Message String register_intro();
    @Message String register_submit();
    @Message String activated();
    @Message String not_activated();
    @Message String created();
    @Message String scope();
    @Message String granted_by();
    @Message String revoke();
    @Message String no_roles();
    @Message String grant_title();
    @Message String grant_hint();
    @Message String grant_submit();
    @Message String manage_title();
    @Message String disable();
    @Message String enable();
    @Message String reset();
    @Message String manage_hint();
    @Message String back();
    @Message String signups_title();
    @Message String signups_empty();
    @Message String address();
    @Message String signed_up();
    @Message String match_record();
    @Message String new_record();
    @Message String approve();
    @Message String reject();
}
