package cn.shangliang.testsupport;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.ownercard.OwnerCard;
import cn.shangliang.ownercard.OwnerCardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Owners' cards for the card tests, on the shared {@link TestWorld} (places, owners and cards are made there), with
 * the checks and state changes only the card tests need.
 */
@ApplicationScoped
public class CardFixtures {

    public static final String PIN = TestWorld.PIN;

    @Inject
    TestWorld world;

    /** A new subdistrict with one community and one estate. */
    public TestWorld.Place estate() {
        return world.place();
    }

    /** A person owning nothing yet in the estate; returns the owner's id. */
    public long owner(long estateId, String name) {
        return world.owner(estateId, name);
    }

    /** An active card with the known {@link #PIN}; {@code pinChanged} says whether the first-use change is done. */
    public TestWorld.Card card(long ownerId, boolean pinChanged) {
        return world.card(ownerId, pinChanged);
    }

    /** A token for the card, as a card login would issue it. */
    public String token(TestWorld.Card card) {
        return world.token(card);
    }

    /** A token of the only card holder of a fresh estate, {@code name}, as the card login issues it. */
    public String holder(String name) {
        TestWorld.Place place = world.place();
        return world.card(place.estateId(), world.owner(place.estateId(), name));
    }

    public String staffToken(long communityId) {
        return world.staff(communityId).token();
    }

    @Transactional
    public OwnerCard reload(long cardId) {
        OwnerCard card = OwnerCard.findById(cardId);
        OwnerCard.getEntityManager().detach(card);
        return card;
    }

    @Transactional
    public long cardCount(long estateId) {
        return OwnerCard.count("estateId", estateId);
    }

    @Transactional
    public long audits(String action, long cardId) {
        return AuditEntry.count("action = ?1 and entityType = 'owner_card' and entityId = ?2", action,
                String.valueOf(cardId));
    }

    @Transactional
    public void setStatus(long cardId, OwnerCardStatus status) {
        OwnerCard card = OwnerCard.findById(cardId);
        card.status = status;
    }

    /** Locks the card by wrong PINs until {@code until}. */
    @Transactional
    public void lock(long cardId, Instant until) {
        OwnerCard card = OwnerCard.findById(cardId);
        card.status = OwnerCardStatus.LOCKED;
        card.lockedUntil = until;
        card.lockCount = 1;
    }
}
