package cn.shangliang.ownercard;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import java.time.Clock;

import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Passwords;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff use cases for owner cards: issue (one owner or every owner of an estate still without a card), unlock,
 * mark lost, revoke, reissue. Each locks what it changes, checks the staff member's scope, follows
 * {@link OwnerCardWorkflow} and writes an audit entry in the same transaction.
 */
@ApplicationScoped
public class OwnerCardService {

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    OwnerCardSearch search;

    public static final int PAGE_SIZE = 50;
    private static final int REASON_MAX = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** An estate's owners, each with their live card if they have one, a page at a time. */
    /** One owner of the estate with their flats (issue 19: the same name can be several people) and live card. */
    public record OwnerRow(long ownerId, String ownerName, String idMasked, List<String> flats, CardView card) {
    }

    /** Owners matching {@code find} (a flat, a name or a card number; everyone when blank), a page at a time. */
    @Transactional
    public List<OwnerRow> owners(long estateId, String find, int page) {
        requireOn(estate(estateId), CardAction.VIEW);
        List<Long> ids = search.ownerIds(estateId, find, page, PAGE_SIZE);
        Map<Long, Owner> byId = ids.isEmpty() ? Map.of() : Owner.<Owner>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<Owner> owners = ids.stream().map(byId::get).toList();
        Map<Long, OwnerCard> cards = OwnerCard.liveOf(ids).stream()
                .collect(Collectors.toMap(c -> c.ownerId, Function.identity()));
        Map<Long, List<String>> flats = search.flats(ids);
        return owners.stream().map(o -> new OwnerRow(o.id, o.name, o.idMasked, flats.getOrDefault(o.id, List.of()),
                cards.containsKey(o.id) ? CardView.of(cards.get(o.id), o) : null)).toList();
    }

    @Transactional
    public List<CardView> cards(long estateId, OwnerCardStatus status, int page) {
        requireOn(estate(estateId), CardAction.VIEW);
        List<OwnerCard> cards = (status == null
                ? OwnerCard.<OwnerCard>find("estateId = ?1 order by id desc", estateId)
                : OwnerCard.<OwnerCard>find("estateId = ?1 and status = ?2 order by id desc", estateId, status))
                .page(Math.max(page, 0), PAGE_SIZE).list();
        Map<Long, Owner> owners = Owner.<Owner>list("id in ?1",
                        cards.isEmpty() ? List.of(-1L) : cards.stream().map(c -> c.ownerId).toList())
                .stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        return cards.stream().map(c -> CardView.of(c, owners.get(c.ownerId))).toList();
    }

    @Transactional
    public CardView view(long cardId) {
        OwnerCard card = OwnerCard.<OwnerCard>findByIdOptional(cardId)
                .orElseThrow(() -> DomainException.notFound("not-found.card"));
        requireOn(estate(card.estateId), CardAction.VIEW);
        return CardView.of(card, Owner.findById(card.ownerId));
    }

    @Transactional
    public CardSlip issue(long ownerId) {
        Owner owner = Owner.findById(ownerId, LockModeType.PESSIMISTIC_WRITE);
        if (owner == null) {
            throw DomainException.notFound("not-found.owner");
        }
        Estate estate = estate(owner.estateId);
        requireOn(estate, CardAction.ISSUE);
        if (OwnerCard.liveOf(owner.id).isPresent()) {
            throw DomainException.conflict("card-exists");
        }
        return create(owner, estate, null);
    }

    /**
     * A card for every owner of the estate who holds none (lost cards are reissued one by one instead). The
     * owner rows are locked, so a single issue running at the same time waits and then finds the card.
     */
    @Transactional
    public List<CardSlip> issueAll(long estateId) {
        Estate estate = estate(estateId);
        requireOn(estate, CardAction.ISSUE);
        List<Owner> owners = Owner.<Owner>find("estateId = ?1 order by id", estateId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        var holders = OwnerCard.liveOf(owners.stream().map(o -> o.id).toList()).stream()
                .map(c -> c.ownerId).collect(Collectors.toSet());
        List<CardSlip> slips = new ArrayList<>();
        for (Owner owner : owners) {
            if (!holders.contains(owner.id)) {
                slips.add(create(owner, estate, null));
            }
        }
        audit.record(user.auditName(), "card.issue-all", "estate", estate.id, slips.size() + " cards issued");
        return slips;
    }

    @Transactional
    public CardView unlock(long cardId) {
        OwnerCard card = locked(cardId, CardAction.UNLOCK);
        OwnerCardWorkflow.check(card.status, OwnerCardStatus.ACTIVE);
        card.status = OwnerCardStatus.ACTIVE;
        card.failedAttempts = 0;
        card.lockedUntil = null;
        audit.record(user.auditName(), "card.unlock", "owner_card", card.id, CardNumbers.tail(card.number));
        return CardView.of(card, Owner.findById(card.ownerId));
    }

    @Transactional
    public CardView markLost(long cardId) {
        OwnerCard card = locked(cardId, CardAction.MARK_LOST);
        OwnerCardWorkflow.check(card.status, OwnerCardStatus.LOST);
        card.status = OwnerCardStatus.LOST;
        cardChanged(card, "event:card.lost");
        audit.record(user.auditName(), "card.lost", "owner_card", card.id, CardNumbers.tail(card.number));
        return CardView.of(card, Owner.findById(card.ownerId));
    }

    @Transactional
    public CardView revoke(long cardId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw DomainException.invalid(List.of(DomainException.FieldError.of("reason", "field.card.revoke-reason", REASON_MAX)));
        }
        OwnerCard card = locked(cardId, CardAction.REVOKE);
        OwnerCardWorkflow.check(card.status, OwnerCardStatus.REVOKED);
        card.status = OwnerCardStatus.REVOKED;
        card.endedAt = clock.instant();
        cardChanged(card, "event:card.revoked");
        audit.record(user.auditName(), "card.revoke", "owner_card", card.id,
                CardNumbers.tail(card.number) + " " + why);
        return CardView.of(card, Owner.findById(card.ownerId));
    }

    /** A new number and PIN for the same owner; the old card stops working at once. */
    @Transactional
    public CardSlip reissue(long cardId) {
        OwnerCard old = locked(cardId, CardAction.REISSUE);
        OwnerCardWorkflow.check(old.status, OwnerCardStatus.REPLACED);
        Owner owner = Owner.findById(old.ownerId, LockModeType.PESSIMISTIC_WRITE);
        old.status = OwnerCardStatus.REPLACED;
        old.endedAt = clock.instant();
        // Hibernate inserts before it updates: end the old card first, or the new one breaks "one live card".
        OwnerCard.flush();
        CardSlip slip = create(owner, estate(old.estateId), old.id);
        cardChanged(old, "event:card.reissued");
        audit.record(user.auditName(), "card.reissue", "owner_card", old.id,
                CardNumbers.tail(old.number) + " replaced by card " + slip.cardId());
        return slip;
    }

    /** Tells the owner (not the card, which may be dead now) that their card changed. */
    private void cardChanged(OwnerCard card, String event) {
        notifications.notify(new Notifications.Draft(NotificationKind.OWNER_CARD_CHANGED,
                RecipientType.OWNER, card.ownerId, "owner_card", card.id, null, "/",
                List.of(CardNumbers.tail(card.number), event)));
    }

    private CardSlip create(Owner owner, Estate estate, Long replaces) {
        String pin = PinRules.random(RANDOM);
        OwnerCard card = new OwnerCard();
        card.number = unusedNumber();
        card.estateId = estate.id;
        card.ownerId = owner.id;
        card.status = OwnerCardStatus.ACTIVE;
        card.pinHash = Passwords.hash(pin);
        card.pinChangeRequired = true;
        card.issuedAt = clock.instant();
        card.issuedBy = user.auditName();
        card.replacesCardId = replaces;
        card.persist();
        audit.record(user.auditName(), "card.issue", "owner_card", card.id,
                CardNumbers.tail(card.number) + " owner " + owner.id
                        + (replaces == null ? "" : " reissue of card " + replaces));
        return new CardSlip(card.id, CardNumbers.grouped(card.number), pin, owner.id, owner.name, estate.name,
                card.issuedAt);
    }

    private static String unusedNumber() {
        String number;
        do {
            number = CardNumbers.random(RANDOM);
        } while (OwnerCard.count("number", number) > 0);
        return number;
    }

    private OwnerCard locked(long cardId, CardAction action) {
        OwnerCard card = OwnerCard.lockedById(cardId).orElseThrow(() -> DomainException.notFound("not-found.card"));
        requireOn(estate(card.estateId), action);
        return card;
    }

    private void requireOn(Estate estate, CardAction action) {
        user.require(estate.scope(), OwnerCardPermissions.roles(action));
    }

    private static Estate estate(long estateId) {
        Estate estate = Estate.findById(estateId);
        if (estate == null) {
            throw DomainException.notFound("not-found.estate");
        }
        return estate;
    }
}
