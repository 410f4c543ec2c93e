package cn.shangliang.notification;

/**
 * Who can be notified: a staff or resident account; an owner (id of the community owner record, so the inbox
 * survives a card reissue); or one owner's card (for messages about that card). A card session reads both the
 * owner's and the card's notifications.
 */
public enum RecipientType {
    ACCOUNT, OWNER_CARD, OWNER
}
