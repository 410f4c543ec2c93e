package cn.shangliang.home;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.council.Council;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 19: the subdistrict admin's home page is an overview across the subdistrict's communities: overdue
 * follow-ups and communities without a council first, then what is open in each.
 */
@QuarkusTest
class SubdistrictOverviewTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    record Place(long subdistrictId, String subdistrict, long withCouncil, String councilled, long councilId,
                 long without, String bare) {
    }

    @Test
    void theAdminSeesEveryCommunityWithWhatNeedsFollowingUp() {
        Place p = place();
        overdueFollowUp(p.councilId(), LocalDate.now().minusDays(5));
        openBudgetCycle(p.withCouncil());
        Fixtures.User admin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, p.subdistrictId());
        given().cookie("sl_token", admin.token()).get("/").then().statusCode(200)
                .body(containsString(p.subdistrict() + " · 各社区概况"))
                .body(containsString(p.subdistrict() + "：2 个社区，1 项逾期未落实，1 个社区尚未成立议事会"))
                .body(containsString(p.councilled() + "有 1 项议事会决议逾期未落实"))
                .body(containsString(p.bare() + "尚未成立居民议事会"))
                .body(containsString("href=\"/councils/" + p.councilId() + "\""))
                .body(containsString("href=\"/community/" + p.without() + "\""))
                .body(not(containsString("暂无需要处理的事项")));
        given().cookie("sl_token", admin.token()).cookie("sl_lang", "en").header("Accept-Language", "en").get("/").then()
                .statusCode(200).body(containsString("Communities at a glance"))
                .body(containsString(p.bare() + " has no residents"));

        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, p.without());
        given().cookie("sl_token", staff.token()).get("/").then().statusCode(200)
                .body(not(containsString("各社区概况")));
        Fixtures.User otherAdmin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, place().subdistrictId());
        given().cookie("sl_token", otherAdmin.token()).get("/").then().statusCode(200)
                .body(not(containsString(p.councilled())));
    }

    @Transactional
    Place place() {
        Subdistrict s = new Subdistrict();
        s.name = "街道" + UUID.randomUUID().toString().substring(0, 8);
        s.persist();
        Community a = community(s.id, "甲社区" + UUID.randomUUID().toString().substring(0, 6));
        Community b = community(s.id, "乙社区" + UUID.randomUUID().toString().substring(0, 6));
        Council council = new Council();
        council.communityId = a.id;
        council.name = "甲议事会";
        council.createdOn = LocalDate.now();
        council.persist();
        return new Place(s.id, s.name, a.id, a.name, council.id, b.id, b.name);
    }

    private static Community community(long subdistrictId, String name) {
        Community c = new Community();
        c.subdistrictId = subdistrictId;
        c.name = name;
        c.persist();
        return c;
    }

    /** A follow-up past its date; its resolution is not needed by the overview, so the row stands alone. */
    @Transactional
    void overdueFollowUp(long councilId, LocalDate due) {
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
        em.createNativeQuery("INSERT INTO follow_up (resolution_id, council_id, responsible, due_date, status, created_at)"
                        + " VALUES (?1, ?2, '物业公司', ?3, 'ASSIGNED', NOW(6))")
                .setParameter(1, -councilId).setParameter(2, councilId).setParameter(3, due).executeUpdate();
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
    }

    @Transactional
    void openBudgetCycle(long communityId) {
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 0").executeUpdate();
        em.createNativeQuery("INSERT INTO budget_cycle (community_id, year, title, budget_fen, cap_works_fen, cap_service_fen,"
                        + " cap_goods_fen, proposals_open_on, proposals_close_on, notice_days, quorum, majority, vote_mode,"
                        + " max_approvals, max_score, rule_name, status, created_at, created_by)"
                        + " VALUES (?1, 2026, 't', 1, 1, 1, 1, CURDATE(), CURDATE(), 5, '> 2/3', '> 1/2', 'COUNCIL_APPROVAL',"
                        + " 5, 5, 'greedy', 'PROPOSING', NOW(6), 'test')")
                .setParameter(1, communityId).executeUpdate();
        em.createNativeQuery("SET FOREIGN_KEY_CHECKS = 1").executeUpdate();
    }
}
