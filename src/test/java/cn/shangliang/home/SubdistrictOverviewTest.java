package cn.shangliang.home;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
    SubdistrictTestData data;

    @Test
    void theAdminSeesEveryCommunityWithWhatNeedsFollowingUp() {
        SubdistrictTestData.Place p = data.place();
        data.overdueFollowUp(p.councilId(), LocalDate.now().minusDays(5));
        data.openBudgetCycle(p.withCouncil());
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
        Fixtures.User otherAdmin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, data.place().subdistrictId());
        given().cookie("sl_token", otherAdmin.token()).get("/").then().statusCode(200)
                .body(not(containsString(p.councilled())));
    }

}
