package cn.shangliang.hearing;

import cn.shangliang.testsupport.MovableClock;

import static io.restassured.RestAssured.given;

import cn.shangliang.testsupport.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one hearing through the JSON API, stage by stage, moving the app's clock to the announced days. Each
 * step asserts success, so a test starts from the stage it is about. The default plan is small (3 seats: 2
 * stakeholders, 1 ordinary resident; quota minimum 3) with 3 stakeholder applicants, so a draw happens.
 */
final class HearingFlow {
    static final String SEED = "福彩3D 2025318 582";

    final HearingFixtures fx;
    final MovableClock clock;
    final long communityId;
    final Fixtures.User staff;
    final LocalDate day0;
    final List<Fixtures.User> applicants = new ArrayList<>();
    long id;

    HearingFlow(HearingFixtures fx, MovableClock clock) {
        this(fx, clock, fx.community().communityId());
    }

    /** A flow in a community the test already has (e.g. a place of the shared test world). */
    HearingFlow(HearingFixtures fx, MovableClock clock, long communityId) {
        this.fx = fx;
        this.clock = clock;
        clock.reset();
        this.day0 = clock.realToday();
        this.communityId = communityId;
        this.staff = fx.staff(communityId);
    }

    LocalDate closes() {
        return day0.plusDays(2);
    }

    /** Two days after registration closes, so the day registration is closed is not yet the lottery day. */
    LocalDate lotteryDay() {
        return day0.plusDays(4);
    }

    LocalDate hearingDay() {
        return day0.plusDays(11);
    }

    Map<String, Object> request() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", "幸福路加装电梯方案");
        r.put("matter", "幸福路1-6号楼加装电梯的选址和费用分摊。");
        r.put("draft", "草案：每栋楼加装一部电梯，费用按楼层分摊。");
        r.put("explanation", "起草说明：依据居民议事会决议起草。");
        r.put("sponsor", "幸福社区居委会");
        r.put("presidingOfficer", "王主任");
        r.put("recorder", "李记录");
        r.put("place", "社区活动中心二楼");
        r.put("hearingDate", hearingDay().toString());
        r.put("startsAt", "09:30");
        r.put("registrationOpens", day0.toString());
        r.put("registrationCloses", closes().toString());
        r.put("participantsFixedOn", lotteryDay().toString());
        r.put("selectionMethod", "报名人数超过席位时，在各类别内公开抽签。");
        r.put("seedSource", lotteryDay() + " 福彩3D开奖号码，写作「福彩3D 期号 号码」");
        r.put("seats", new HashMap<>(Map.of("STAKEHOLDER", 2, "ORDINARY_RESIDENT", 1, "EXPERT", 0, "DEPUTY", 0, "ORGANIZATION", 0)));
        r.put("minRepresentatives", 3);
        r.put("observerCapacity", 5);
        r.put("links", List.of(Map.of("type", "PROPOSAL", "refId", 7, "title", "加装电梯议题", "url", "/proposals/7")));
        return r;
    }

    static RequestSpecification as(Fixtures.User user) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return user == null ? spec : spec.auth().oauth2(user.token());
    }

    HearingFlow draft() {
        id = as(staff).queryParam("community", communityId).body(request()).post("/api/hearings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return this;
    }

    HearingFlow announced() {
        draft();
        as(staff).post("/api/hearings/" + id + "/announce").then().statusCode(200);
        return this;
    }

    HearingFlow registrationOpen() {
        announced();
        as(staff).post("/api/hearings/" + id + "/registration/open").then().statusCode(200);
        return this;
    }

    /** Registration open with 3 stakeholder and 1 ordinary-resident applicants. */
    HearingFlow withApplicants() {
        registrationOpen();
        apply(RepresentativeCategory.STAKEHOLDER, 3);
        apply(RepresentativeCategory.ORDINARY_RESIDENT, 1);
        return this;
    }

    void apply(RepresentativeCategory category, int count) {
        for (int i = 0; i < count; i++) {
            Fixtures.User resident = fx.resident(communityId);
            as(resident).body(Map.of("kind", "REPRESENTATIVE", "category", category.name(), "statement", "我住在幸福路" + i + "号"))
                    .post("/api/hearings/" + id + "/applications").then().statusCode(201);
            applicants.add(resident);
        }
    }

    HearingFlow closed() {
        withApplicants();
        clock.travelTo(closes().plusDays(1));
        as(staff).post("/api/hearings/" + id + "/registration/close").then().statusCode(200);
        return this;
    }

    HearingFlow seeded() {
        closed();
        clock.travelTo(lotteryDay());
        as(staff).body(Map.of("seed", SEED)).post("/api/hearings/" + id + "/seed").then().statusCode(200);
        return this;
    }

    HearingFlow fixed() {
        seeded();
        as(staff).post("/api/hearings/" + id + "/draw").then().statusCode(200);
        return this;
    }

    /** Application ids of the selected representatives. */
    List<Long> selectedIds() {
        return as(staff).get("/api/hearings/" + id + "/record").then().statusCode(200)
                .extract().jsonPath().getList("representatives.id", Long.class);
    }

    /** The selected representatives' accounts. */
    List<Fixtures.User> representatives() {
        List<String> names = as(staff).get("/api/hearings/" + id + "/record").then().extract().jsonPath()
                .getList("representatives.name", String.class);
        return applicants.stream().filter(u -> names.contains("居民" + u.accountId())).toList();
    }

    HearingFlow inSession() {
        fixed();
        clock.travelTo(hearingDay());
        as(staff).body(Map.of("present", selectedIds())).put("/api/hearings/" + id + "/attendance").then().statusCode(200);
        as(staff).post("/api/hearings/" + id + "/session/open").then().statusCode(200);
        return this;
    }

    HearingFlow spoken() {
        inSession();
        statement(Map.of("stage", "SPONSOR_PRESENTATION", "speaker", "居委会张干事", "content", "介绍草案。"));
        statement(Map.of("stage", "REPRESENTATIVE_STATEMENTS", "applicationId", selectedIds().get(0), "position", "FOR",
                "content", "赞成，老人上下楼太难。"));
        statement(Map.of("stage", "QUESTIONS_AND_DEBATE", "speaker", "王主任", "position", "AGAINST", "content", "一楼住户担心采光。"));
        return this;
    }

    void statement(Map<String, Object> body) {
        as(staff).body(body).post("/api/hearings/" + id + "/statements").then().statusCode(201);
    }

    HearingFlow ended() {
        spoken();
        as(staff).post("/api/hearings/" + id + "/session/end").then().statusCode(200);
        return this;
    }

    HearingFlow signed() {
        ended();
        for (Fixtures.User rep : representatives()) {
            as(rep).body(Map.of("decision", "SIGNED")).post("/api/hearings/" + id + "/record/sign-off").then().statusCode(200);
        }
        return this;
    }

    static Map<String, Object> report() {
        return Map.of("summary", "听证会按期举行，3名代表出席。", "viewsFor", "多数代表赞成加装。",
                "viewsAgainst", "一楼住户担心采光和噪音。", "adopted", "采纳调整电梯位置的意见，以减少遮挡。",
                "notAdopted", "未采纳免除一楼费用的意见：与议事会决议的分摊原则不符。",
                "decision", Map.of("type", "COUNCIL_RESOLUTION", "refId", 12, "title", "关于加装电梯的决议", "url", "/council/resolutions/12"));
    }

    HearingFlow reported() {
        signed();
        as(staff).body(report()).post("/api/hearings/" + id + "/report").then().statusCode(201);
        return this;
    }
}
