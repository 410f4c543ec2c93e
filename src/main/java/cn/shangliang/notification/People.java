package cn.shangliang.notification;

import io.quarkus.arc.Arc;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What notification needs to know of people, answered by the features that hold them (accounts and grants in
 * identity, owners and residents in community, cards in ownercard), so that this package imports no feature:
 * who is asking, how a recipient is reached, and whom a card or an account reads for. One bean implements it,
 * {@code ownercard.NotificationPeople}: owner cards are the feature that already joins the other two.
 */
public interface People {

    /** A recipient's phone and home community (for the SMS cost cap); either may be null. */
    record Reach(String phone, Long communityId) {
    }

    /** The caller's account; empty for a card session or nobody. */
    Optional<Long> callerAccount();

    /** The caller's owner's card; empty for an account session or nobody. */
    Optional<Long> callerCard();

    /** The communities the calling account lives in: its resident records and its resident grants. */
    Set<Long> callerHomeCommunities();

    /** Refuses (404 no community, 403 not allowed) unless the caller may see the community's delivery figures. */
    void requireDeliveryFiguresOf(long communityId);

    /** An account's ({@link RecipientType#ACCOUNT}) or an owner's ({@link RecipientType#OWNER}) reach; null for nobody. */
    Reach reach(RecipientKey key);

    /** The owner an owner's card belongs to; null for an unknown card. */
    Long ownerOfCard(long cardId);

    /** The owners' cards an account linked to itself (issue 10). */
    List<Long> linkedCards(long accountId);

    /** The owners the cards belong to. */
    List<Long> ownersOfCards(List<Long> cardIds);

    /** The accounts that are staff of the community. */
    List<Long> staffOf(long communityId);

    /** For static helpers ({@link Preferences}) that the outbox calls without injection. */
    static People current() {
        return Arc.container().instance(People.class).get();
    }
}
