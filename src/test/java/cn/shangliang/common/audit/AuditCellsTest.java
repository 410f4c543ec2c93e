package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Account;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The audit table in words: who by name, the action and the record by label, codes in summaries by label. */
@QuarkusTest
class AuditCellsTest {

    @Inject
    AuditLog log;

    @Inject
    Fixtures fixtures;

    @Test
    void cellsAreLabelsInTheVisitorsLanguageAndTheRawCodesStayForFiltering() {
        Fixtures.User actor = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        String name = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(actor.accountId()).displayName);
        String word = "标记" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            log.record("account:" + actor.accountId(), "proposal.cosign-withdraw", "proposal", 42, word + " 撤回");
            log.record("card:7", "follow-up.rate", "follow_up", 9, word + " SATISFIED");
            log.record("system", "notice.publish", "notice", 3, word + " BUDGET 年度资金");
        });
        String supervisor = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1).token();
        given().cookie("sl_token", supervisor).get("/audit?q=" + word).then().statusCode(200)
                .body(containsString(">" + name + "</a>"))
                .body(containsString("href=\"/audit?actor=account%3A" + actor.accountId() + "\""))
                .body(containsString("<td>撤回附议</td>")).body(containsString("<td>议题 #42</td>"))
                .body(containsString(">业主一卡通 #7</a>")).body(containsString("<td>评价落实情况</td>"))
                .body(containsString(word + " 满意")).body(containsString(">系统</a>"))
                .body(containsString(word + " 民生微实事 年度资金"))
                .body(containsString("<option value=\"proposal\">议题</option>"))
                .body(not(containsString(">proposal.cosign-withdraw<"))).body(not(containsString(">account:")))
                .body(not(containsString("SATISFIED")));
        given().cookie("sl_token", supervisor).cookie("sl_lang", "en").get("/audit?q=" + word).then().statusCode(200)
                .body(containsString("<td>Co-sign withdrawn</td>")).body(containsString("<td>Proposal #42</td>"))
                .body(containsString(">Owner card #7</a>")).body(containsString(">System</a>"));
        given().cookie("sl_token", supervisor).get("/audit?area=proposal&q=" + word).then().statusCode(200)
                .body(containsString("<option value=\"proposal\" selected>议题</option>"))
                .body(containsString("撤回附议")).body(not(containsString("评价落实情况</td>")));
    }
}
