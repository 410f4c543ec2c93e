package cn.shangliang.notification;

/**
 * What a notification tells its recipient about. Each kind has a title and a body in
 * {@code i18n/notifications_zh|en.properties} ({@code kind.<KIND>.title|body}); which kinds a person may switch
 * off where is decided here, so the preferences page and the sender agree.
 */
public enum NotificationKind {
    ASSEMBLY_NOTICE, ASSEMBLY_OPEN, ASSEMBLY_REMINDER, ASSEMBLY_RESULT, ASSEMBLY_RECORDED_FOR_YOU,
    OWNER_CARD_CHANGED,
    /** Wrong PINs locked the owner's card for a while (issue 11); a security message like OWNER_CARD_CHANGED. */
    CARD_LOCKED,
    PROPOSAL_UPDATE, PROPOSAL_RATING,
    COUNCIL_MEETING, COUNCIL_MINUTES, COUNCIL_FOLLOW_UP_OVERDUE,
    HEARING_NOTICE, HEARING_REGISTRATION, HEARING_LOTTERY, HEARING_RECORD,
    BUDGET_UPDATE, BUDGET_OBJECTION_ANSWERED, BUDGET_EVALUATION,
    ACCOUNT_ACTIVATION, ACCOUNT_PASSWORD_RESET, ACCOUNT_SIGN_UP,
    /** Discussion (issue 15): a reply to one's comment; a new comment on an item one follows. */
    COMMENT_REPLY, COMMENT_NEW,
    SMS_CAP_WARNING;

    /**
     * Whether {@code channel} may be switched off for this kind. The in-app notice of an owners' assembly is the
     * record that the notice was put before the owner, and an owner's card change is a security message: both
     * stay in the inbox whatever the person chose. Account messages go where the flow sends them.
     */
    public boolean switchable(Channel channel) {
        if (channel == Channel.PAPER) {
            return false;
        }
        if (channel == Channel.IN_APP) {
            return this != ASSEMBLY_NOTICE && !ownerCard() && !account();
        }
        return !account();
    }

    public boolean ownerCard() {
        return this == OWNER_CARD_CHANGED || this == CARD_LOCKED;
    }

    public boolean account() {
        return this == ACCOUNT_ACTIVATION || this == ACCOUNT_PASSWORD_RESET || this == ACCOUNT_SIGN_UP;
    }

    /** The channels tried when the caller names none: everything electronic (each may still be skipped). */
    public java.util.Set<Channel> defaultChannels() {
        return java.util.EnumSet.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS, Channel.WECHAT);
    }
}
