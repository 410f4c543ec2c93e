package cn.shangliang.assembly;

import cn.shangliang.community.Building;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Unit;
import cn.shangliang.ownercard.OwnerCard;
import cn.shangliang.ownercard.OwnerCardStatus;
import cn.shangliang.testsupport.MovableClock;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static cn.shangliang.testsupport.Api.as;

/**
 * Estates with rosters and owner-card tokens (from the shared {@link TestWorld}), and time moved past a decision's
 * window opening or end ({@link MovableClock}; every test ends in real time), never the window itself.
 */
@ApplicationScoped
public class AssemblyFixtures {

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    /** An estate and the ids of what it holds; owners[i] solely owns units[i]. */
    public record TestEstate(long subdistrictId, long communityId, long estateId, List<Long> owners, List<Long> units) {
    }

    /** An estate with {@code n} units of 100.00 m² in two buildings, each sold to its own owner and delivered. */
    public TestEstate estate(int n) {
        TestWorld.Place p = world.place();
        TestWorld.Owners o = world.owners(p.estateId(), n);
        return new TestEstate(p.subdistrictId(), p.communityId(), p.estateId(), o.owners(), o.units());
    }

    /** Sets the estate's own assembly rules, as staff would in its settings; null citation: no silent-owners clause. */
    @Transactional
    public void estateRules(long estateId, boolean parkingCounts, String silentCitation) {
        Estate e = Estate.findById(estateId);
        e.parkingCounts = parkingCounts;
        e.silentClause = silentCitation != null;
        e.silentCitation = silentCitation;
    }

    public Unit unit(long estateId, long buildingId, String number, String area, boolean parking) {
        return world.unit(estateId, buildingId, number, area, parking);
    }

    @Transactional
    public Unit addUnit(long estateId, String area) {
        Building b = Building.find("estateId", estateId).firstResult();
        return unit(estateId, b.id, "X" + UUID.randomUUID().toString().substring(0, 6), area, false);
    }

    public Owner owner(long estateId, OwnerKind kind, String name) {
        return world.owner(estateId, kind, name);
    }

    public void own(long unitId, long ownerId, boolean designated) {
        world.own(unitId, ownerId, designated);
    }

    /**
     * A token of the owner's live card (issued here, PIN already changed, when the owner has none), as the card
     * login issues it: subject card:id, group OWNER, claims estate and owner.
     */
    public String card(long estateId, long ownerId) {
        return world.card(estateId, ownerId);
    }

    /** Marks the owner's live card revoked, as staff would. */
    @Transactional
    public void revokeCard(long ownerId) {
        OwnerCard card = OwnerCard.liveOf(ownerId).orElseThrow();
        card.status = OwnerCardStatus.REVOKED;
        card.endedAt = clock.instant();
    }

    /**
     * A large estate for benchmarks: {@code units} units in buildings of {@code perBuilding}, one person owning each
     * (names and numbers "S0", "S1", …), by INSERT … SELECT over MariaDB's sequence tables.
     */
    @Transactional
    public void seedUnits(long estateId, int units, int perBuilding) {
        int buildings = (units + perBuilding - 1) / perBuilding;
        em.createNativeQuery("INSERT INTO building (estate_id, name) SELECT " + estateId + ", CONCAT('S', seq) FROM seq_0_to_"
                + (buildings - 1)).executeUpdate();
        em.createNativeQuery("INSERT INTO unit (estate_id, building_id, number, area_m2, area_source) SELECT " + estateId
                + ", b.id, CONCAT('S', q.seq), 60 + q.seq % 90 + (q.seq % 100) / 100, 'REGISTERED' FROM seq_0_to_"
                + (units - 1) + " q JOIN building b ON b.estate_id = " + estateId
                + " AND b.name = CONCAT('S', q.seq DIV " + perBuilding + ")").executeUpdate();
        em.createNativeQuery("INSERT INTO owner (estate_id, kind, name, id_hash, id_masked) SELECT " + estateId
                + ", 'PERSON', CONCAT('S', seq), LPAD(CONCAT('S', seq), 64, '0'), '4403**********0000' FROM seq_0_to_"
                + (units - 1)).executeUpdate();
        em.createNativeQuery("INSERT INTO ownership (unit_id, owner_id, designated_voter) SELECT u.id, o.id, TRUE FROM unit u"
                + " JOIN owner o ON o.estate_id = u.estate_id AND o.id_hash = LPAD(u.number, 64, '0')"
                + " WHERE u.estate_id = " + estateId + " AND u.number LIKE 'S%'").executeUpdate();
    }

    /** Advances the clock just past the decision's opening, as if its notice period had run: voting is open. */
    public void openVoting(long decisionId) {
        advanceTo(decision(decisionId).opensAt.plus(Duration.ofMinutes(1)));
    }

    /** Advances the clock past the decision's window and the change grace, so the decision can be closed. */
    public void endVoting(long decisionId) {
        advanceTo(decision(decisionId).closesAt.plus(BallotService.CHANGE_GRACE).plus(Duration.ofMinutes(1)));
    }

    /** Advances the clock to {@code left} before the decision's window closes. */
    public void closingIn(long decisionId, Duration left) {
        advanceTo(decision(decisionId).closesAt.minus(left));
    }

    /**
     * Runs {@code steps} with the clock turned back by {@code ago}, then returns to real time: what a deployment
     * holds from weeks before, such as a decision published then whose voting is open or counted by now.
     */
    public <T> T earlier(Duration ago, Supplier<T> steps) {
        clock.runFrom(Instant.now().minus(ago));
        try {
            return steps.get();
        } finally {
            clock.reset();
        }
    }

    /** The app's now, wherever a test moved its clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Time only moves forward within a test, as it does for a deployment. */
    private void advanceTo(Instant at) {
        if (clock.instant().isBefore(at)) {
            clock.runFrom(at);
        }
    }

    private static Decision decision(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Decision.findById(id));
    }

    /** A staff token of the estate's community. */
    public String staff(TestEstate e) {
        return world.staff(e.communityId()).token();
    }

    /** A draft decision created by {@code staff} through the API; returns its id. */
    public static long create(String staff, Map<String, Object> body) {
        return ((Number) as(staff).body(body).post("/api/assembly/decisions").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** A property-manager decision of the estate, drafted and published by {@code staff}; returns its id. */
    public static long publish(long estateId, String staff) {
        long id = create(staff, decisionBody(estateId, "PROPERTY_MANAGER"));
        as(staff).post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** A decision drafted from {@code body} and published by {@code staff}, its voting open now; returns its id. */
    public long open(String staff, Map<String, Object> body) {
        long id = create(staff, body);
        as(staff).post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200);
        openVoting(id);
        return id;
    }

    /** A property-manager decision of the estate whose voting is open now; returns its id. */
    public long open(TestEstate e, String staff) {
        return open(staff, decisionBody(e.estateId(), "PROPERTY_MANAGER"));
    }

    /** An online ballot by the card holder; returns its receipt code. */
    public String cast(long decisionId, String card, String choice) {
        return as(card).body(Map.of("choice", choice)).post("/api/assembly/decisions/" + decisionId + "/ballot")
                .then().statusCode(200).extract().path("receipt");
    }

    /** Lets the voting window end and closes the decision as staff. */
    public void close(long decisionId, String staff) {
        endVoting(decisionId);
        as(staff).post("/api/assembly/decisions/" + decisionId + "/close").then().statusCode(200);
    }

    /** A valid decision request body for the estate, opening after the legal notice period from the app's now. */
    public static Map<String, Object> decisionBody(long estateId, String matter) {
        Instant opens = Arc.container().instance(MovableClock.class).get().instant().plus(Duration.ofDays(16));
        return new java.util.HashMap<>(Map.of("estateId", estateId, "title", "续聘物业服务企业", "text",
                "是否续聘现物业服务企业三年。", "matterType", matter, "opensAt", opens.toString(),
                "closesAt", opens.plus(Duration.ofDays(10)).toString()));
    }
}
