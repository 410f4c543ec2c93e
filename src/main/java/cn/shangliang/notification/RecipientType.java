package cn.shangliang.notification;

/** Who can be notified: a staff or resident account, or an owner reached through their owner card. */
public enum RecipientType {
    ACCOUNT, OWNER_CARD
}
