package cn.shangliang.ownercard;

import cn.shangliang.common.rules.Labelled;

/**
 * Where an owner card stands. ACTIVE cards log in; LOCKED after too many wrong PINs (staff unlock); LOST when
 * reported lost (reissue or revoke it); REVOKED and REPLACED cards are over for good.
 */
public enum OwnerCardStatus implements Labelled {
    ACTIVE, LOCKED, LOST, REVOKED, REPLACED
}
