package cn.shangliang.testsupport;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.AreaSource;
import cn.shangliang.community.Building;
import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Ownership;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.community.Unit;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Scope;
import cn.shangliang.identity.TokenIssuer;
import cn.shangliang.identity.Passwords;
import cn.shangliang.ownercard.OwnerCard;
import cn.shangliang.ownercard.OwnerCardStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one test world every feature's tests build on (issue 9): a fresh subdistrict → community → estate per test,
 * staff and other role holders in it, residents on the community's resident list, an estate's units, owners and
 * ownerships, owners' cards, and clock travel. Feature fixtures (hearing, assembly, community) are thin layers over
 * it, so a change of the model is made here once.
 */
@ApplicationScoped
public class TestWorld {

    /** The PIN of every card issued here. */
    public static final String PIN = "204816";
    private static final String PIN_HASH = Passwords.hash(PIN);
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    Fixtures fixtures;

    @Inject
    TokenIssuer tokens;

    @Inject
    MovableClock clock;

    /** A place of its own: names carry a tag, so tests never see each other's data. */
    public record Place(long subdistrictId, long communityId, long estateId) {

        public Scope communityScope() {
            return new Scope(subdistrictId, communityId, null);
        }

        public Scope estateScope() {
            return new Scope(subdistrictId, communityId, estateId);
        }
    }

    /** An estate's ids; {@code owners[i]} solely owns {@code units[i]}. */
    public record Owners(List<Long> owners, List<Long> units) {
    }

    // --- places

    @Transactional
    public Place place() {
        Subdistrict s = new Subdistrict();
        s.name = "测试街道" + tag();
        s.persist();
        Community c = community(s.id);
        Estate e = new Estate();
        e.communityId = c.id;
        e.name = "幸福里" + tag() + "小区";
        e.persist();
        return new Place(s.id, c.id, e.id);
    }

    /** Another community in the subdistrict (without an estate). */
    @Transactional
    public Community community(long subdistrictId) {
        Community c = new Community();
        c.subdistrictId = subdistrictId;
        c.name = "测试社区" + tag();
        c.persist();
        return c;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- people

    public Fixtures.User staff(long communityId) {
        return user(Role.COMMUNITY_STAFF, communityId);
    }

    public Fixtures.User supervisor(long communityId) {
        return user(Role.SUPERVISOR, communityId);
    }

    public Fixtures.User admin(long subdistrictId) {
        return subdistrictUser(Role.SUBDISTRICT_ADMIN, subdistrictId);
    }

    /** An account holding {@code role} in the whole subdistrict (as the demo's admin and supervisor do). */
    public Fixtures.User subdistrictUser(Role role, long subdistrictId) {
        return fixtures.user(role, Scope.Type.SUBDISTRICT, subdistrictId);
    }

    /** An account holding {@code role} in the estate (an owner's grant). */
    public Fixtures.User estateUser(Role role, long estateId) {
        return fixtures.user(role, Scope.Type.ESTATE, estateId);
    }

    /** An account holding {@code role} in the community. */
    public Fixtures.User user(Role role, long communityId) {
        return fixtures.user(role, Scope.Type.COMMUNITY, communityId);
    }

    /** A resident of the community: an account with the RESIDENT grant and a resident row linked to it. */
    public Fixtures.User resident(long communityId) {
        Fixtures.User user = user(Role.RESIDENT, communityId);
        linkResident(user.accountId(), communityId, "居民" + user.accountId());
        return user;
    }

    /** Puts an account on the community's resident list. */
    @Transactional
    public void linkResident(long accountId, long communityId, String name) {
        Resident r = new Resident();
        r.communityId = communityId;
        r.accountId = accountId;
        r.name = name;
        r.persist();
    }

    // --- an estate's units and owners

    /** {@code n} units of 100.00 m² in two buildings ("1栋", "2栋"), each solely owned by its own owner. */
    @Transactional
    public Owners owners(long estateId, int n) {
        Building[] buildings = {building(estateId, "1栋"), building(estateId, "2栋")};
        List<Long> owners = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Unit u = unit(estateId, buildings[i % 2].id, "" + (101 + i), "100.00", false);
            Owner o = owner(estateId, OwnerKind.PERSON, "业主" + i);
            own(u.id, o.id, true);
            owners.add(o.id);
            units.add(u.id);
        }
        return new Owners(owners, units);
    }

    @Transactional
    public Building building(long estateId, String name) {
        Building b = new Building();
        b.estateId = estateId;
        b.name = name;
        b.persist();
        return b;
    }

    @Transactional
    public Unit unit(long estateId, long buildingId, String number, String area, boolean parking) {
        Unit u = new Unit();
        u.estateId = estateId;
        u.buildingId = buildingId;
        u.number = number;
        u.areaM2 = new BigDecimal(area);
        u.areaSource = AreaSource.REGISTERED;
        u.parking = parking;
        u.persist();
        return u;
    }

    @Transactional
    public Owner owner(long estateId, OwnerKind kind, String name) {
        Owner o = new Owner();
        o.estateId = estateId;
        o.kind = kind;
        o.name = name;
        o.idHash = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32);
        o.idMasked = "4403**********0000";
        o.persist();
        return o;
    }

    /** A person owning nothing yet; returns the owner's id. */
    public long owner(long estateId, String name) {
        return owner(estateId, OwnerKind.PERSON, name).id;
    }

    @Transactional
    public void own(long unitId, long ownerId, boolean designated) {
        Ownership o = new Ownership();
        o.unitId = unitId;
        o.ownerId = ownerId;
        o.designatedVoter = designated;
        o.persist();
    }

    // --- owners' cards

    /** An owner's card as issued: its number, the known {@link #PIN}, its estate and owner. */
    public record Card(long id, String number, String pin, long estateId, long ownerId) {
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
        card.issuedAt = clock.instant();
        card.issuedBy = "test";
        card.persist();
        return new Card(card.id, card.number, PIN, card.estateId, ownerId);
    }

    /** A token for the card, as the card login issues it: subject card:id, group OWNER, claims estate and owner. */
    public String token(Card card) {
        return cardToken(card.id(), card.estateId(), card.ownerId());
    }

    /** A token of the owner's live card (issued here, PIN already changed, when the owner has none). */
    public String card(long estateId, long ownerId) {
        Long live = QuarkusTransaction.requiringNew().call(() -> OwnerCard.liveOf(ownerId).map(c -> c.id).orElse(null));
        return cardToken(live != null ? live : card(ownerId, true).id(), estateId, ownerId);
    }

    private String cardToken(long cardId, long estateId, long ownerId) {
        // named as the card login names it: the owner's stored name
        String name = QuarkusTransaction.requiringNew().call(() -> Owner.<Owner>findById(ownerId).name);
        return tokens.issue(CurrentUser.CARD_PREFIX + cardId, name, Set.of(Role.OWNER.name()),
                Map.of("estate", estateId, "owner", ownerId)).token();
    }

    /** A card number that passes the Luhn check, new on each call. */
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

    // --- time

    /** Moves the app's clock by {@code by} from now (fixed there until {@link #backToNow}). */
    public void travel(Duration by) {
        clock.set(clock.instant().plus(by));
    }

    /** Moves "today" to {@code day}, the time of day running on. */
    public void travelTo(LocalDate day) {
        clock.travelTo(day);
    }

    public void backToNow() {
        clock.reset();
    }
}
