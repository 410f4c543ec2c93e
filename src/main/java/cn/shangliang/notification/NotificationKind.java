package cn.shangliang.notification;

/** What a notification tells its recipient about; ACCOUNT_* are for the account flows of issue 10. */
public enum NotificationKind {
    ASSEMBLY_NOTICE, ASSEMBLY_OPEN, ASSEMBLY_REMINDER, ASSEMBLY_RESULT,
    PROPOSAL_UPDATE, COUNCIL_MEETING, HEARING_NOTICE, BUDGET_UPDATE,
    ACCOUNT_ACTIVATION, ACCOUNT_PASSWORD_RESET, ACCOUNT_SIGN_UP,
    /** Discussion (issue 15): a reply to one's comment; a new comment on an item one follows. */
    COMMENT_REPLY, COMMENT_NEW
}
