package cn.shangliang.ownercard;

import cn.shangliang.community.Owner;

import java.time.Instant;

/** An owner card as pages and the API show it: never its PIN. */
public record CardView(long id, String number, long estateId, long ownerId, String ownerName,
                       OwnerCardStatus status, boolean pinChangeRequired, int failedAttempts, Instant issuedAt,
                       Instant endedAt, Long replacesCardId, Instant lockedUntil, Instant lastLockedAt) {

    static CardView of(OwnerCard card, Owner owner) {
        return new CardView(card.id, CardNumbers.grouped(card.number), card.estateId, card.ownerId,
                owner == null ? "" : owner.name, card.status, card.pinChangeRequired, card.failedAttempts,
                card.issuedAt, card.endedAt, card.replacesCardId,
                card.status == OwnerCardStatus.LOCKED ? card.lockedUntil : null, card.lastLockedAt);
    }

    public boolean locked() {
        return status == OwnerCardStatus.LOCKED;
    }

    public boolean live() {
        return OwnerCardWorkflow.LIVE.contains(status);
    }

    public boolean canMarkLost() {
        return OwnerCardWorkflow.allows(status, OwnerCardStatus.LOST);
    }

    public boolean canRevoke() {
        return OwnerCardWorkflow.allows(status, OwnerCardStatus.REVOKED);
    }

    public boolean canReissue() {
        return OwnerCardWorkflow.allows(status, OwnerCardStatus.REPLACED);
    }
}
