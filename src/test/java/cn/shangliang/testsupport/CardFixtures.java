package cn.shangliang.testsupport;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.ownercard.OwnerCard;
import cn.shangliang.ownercard.OwnerCardStatus;
import cn.shangliang.identity.Passwords;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.identity.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Estates, owners and owner cards for tests (each call makes new, uniquely named rows). */
@ApplicationScoped
public class CardFixtures {

    public static final String PIN = "204816";
    private static final String PIN_HASH = Passwords.hash(PIN);
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    Fixtures fixtures;

    @Inject
    TokenIssuer tokens;

    public record Place(long subdistrictId, long communityId, long estateId) {
        public Scope estateScope() {
            return new Scope(subdistrictId, communityId, estateId);
        }
    }

    public record Card(long id, String number, String pin, long estateId, long ownerId) {
    }

    /** A new subdistrict with one community and one estate. */
    @Transactional
    public Place estate() {
        long n = SEQ.incrementAndGet();
        Subdistrict subdistrict = new Subdistrict();
        subdistrict.name = "测试街道" + n;
        subdistrict.persist();
        Community community = new Community();
        community.subdistrictId = subdistrict.id;
        community.name = "测试社区" + n;
        community.persist();
        Estate estate = new Estate();
        estate.communityId = community.id;
        estate.name = "幸福里" + n + "小区";
        estate.persist();
        return new Place(subdistrict.id, community.id, estate.id);
    }

    @Transactional
    public long owner(long estateId, String name) {
        Owner owner = new Owner();
        owner.estateId = estateId;
        owner.kind = OwnerKind.PERSON;
        owner.name = name;
        owner.idHash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
        owner.idMasked = "4403**********" + (1000 + SEQ.incrementAndGet() % 9000);
        owner.persist();
        return owner.id;
    }

    /** An active card with the known {@link #PIN}; {@code pinChanged} says whether the first-use change is done. */
    @Transactional
    public Card card(long ownerId, boolean pinChanged) {
        Owner owner = Owner.findById(ownerId);
        OwnerCard card = new OwnerCard();
        card.number = luhnNumber();
        card.estateId = owner.estateId;
        card.ownerId = ownerId;
        card.status = OwnerCardStatus.ACTIVE;
        card.pinHash = PIN_HASH;
        card.pinChangeRequired = !pinChanged;
        card.issuedAt = Instant.now();
        card.issuedBy = "test";
        card.persist();
        return new Card(card.id, card.number, PIN, card.estateId, ownerId);
    }

    /** A token for the card, as a card login would issue it. */
    public String token(Card card) {
        return tokens.issue(CurrentUser.CARD_PREFIX + card.id(), "业主" + card.id(), Set.of(Role.OWNER.name()),
                Map.of("estate", card.estateId(), "owner", card.ownerId())).token();
    }

    public String staffToken(long communityId) {
        return fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, communityId).token();
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

    private static String luhnNumber() {
        String payload = String.format("9%010d", SEQ.incrementAndGet() * 7919 % 10_000_000_000L);
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return payload + (10 - sum % 10) % 10;
    }
}
