package cn.shangliang.ownercard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the owners' card pages (login, PIN, staff pages, slips, linking a card to an account):
 * messages/ownercard_zh.properties (default) and ownercard_en.properties.
 */
@MessageBundle(value = "ownercard", locale = "zh")
public interface OwnerCardMessages {

    @Message String card_login_title();
    @Message String card_login_intro();
    @Message String card_number();
    @Message String card_number_hint();
    @Message String card_pin();
    @Message String card_login_submit();
    @Message String card_login_account();
    @Message String ended(OwnerCardStatus status);
    @Message String pin_title();
    @Message String pin_required();
    @Message String pin_current();
    @Message String pin_new();
    @Message String pin_confirm();
    @Message String pin_rules();
    @Message String pin_submit();
    @Message String cards_title();
    @Message String cards_intro();
    @Message String cards_empty();
    @Message String estate();
    @Message String community();
    @Message String live_cards();
    @Message String locked_cards();
    @Message String manage();
    @Message String estate_title(String name);
    @Message String issue_all();
    @Message String issue_all_hint();
    @Message String owner();
    @Message String owner_id();
    @Message String card();
    @Message String col_status();
    @Message String actions();
    @Message String no_card();
    @Message String issue();
    @Message String details();
    @Message String owners_empty();
    @Message String status(OwnerCardStatus status);
    @Message String card_title(String number);
    @Message String card_owner();
    @Message String card_issued_at();
    @Message String card_failed();
    @Message String card_pin_pending();
    @Message String card_pin_changed();
    @Message String card_replaces();
    @Message String card_ended_at();
    @Message String unlock();
    @Message String unlock_hint();
    @Message String mark_lost();
    @Message String mark_lost_hint();
    @Message String revoke();
    @Message String revoke_reason();
    @Message String revoke_hint();
    @Message String reissue();
    @Message String reissue_hint();
    @Message String no_actions();
    @Message String back_to_estate();
    @Message String slips_title();
    @Message String slips_print();
    @Message String slips_none();
    @Message String slip_heading();
    @Message String slip_estate();
    @Message String slip_owner();
    @Message String slip_number();
    @Message String slip_pin();
    @Message String slip_issued();
    @Message String slip_instructions();
    @Message String slip_address();
    @Message String attention_locked(String estate, long count);
    @Message String links_title();
    @Message String links_back();
    @Message String links_intro();
    @Message String links_empty();
    @Message String links_linked_at();
    @Message String links_actions();
    @Message String links_use();
    @Message String links_unlink();
    @Message String links_add();
    @Message String links_submit();
    @Message String card_locked_until();
    @Message String card_last_locked();
    @Message String attention_own_card_locked(String at);
    @Message String find_owner();
    @Message String find_owner_help();
    @Message String find();
    @Message String find_clear();
    @Message String flats();
    @Message String find_none(String find);
}

