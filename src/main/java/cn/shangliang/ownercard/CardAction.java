package cn.shangliang.ownercard;

/** What can be done with owner cards (see {@link OwnerCardPermissions}). */
public enum CardAction {
    VIEW, ISSUE, UNLOCK, MARK_LOST, REVOKE, REISSUE, USE_OWN_CARD
}
