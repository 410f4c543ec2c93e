package cn.shangliang.notification;

/** What a notification tells its recipient about; ACCOUNT_* are for the account flows of issue 10. */
public enum NotificationKind {
    ASSEMBLY_NOTICE, ASSEMBLY_OPEN, ASSEMBLY_REMINDER, ASSEMBLY_RESULT,
    PROPOSAL_UPDATE, COUNCIL_MEETING, HEARING_NOTICE, BUDGET_UPDATE,
    ACCOUNT_ACTIVATION, ACCOUNT_PASSWORD_RESET, ACCOUNT_SIGN_UP,
    /** Wrong PINs locked the owner's card for a while (issue 11). */
    CARD_LOCKED
}
