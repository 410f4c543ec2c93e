package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's card login and PIN pages, and the staff card pages. */
@QuarkusTest
class CardPagesTest {

    private static final Pattern PIN_ON_SLIP = Pattern.compile("initial-pin\">(\\d{6})<");
    private static final Pattern NUMBER_ON_SLIP = Pattern.compile("card-number\">([\\d ]{14})<");

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    @Test
    void anOwnerLogsInChangesTheInitialPinAndReachesHome() {
        TestWorld.Card card = cards.card(cards.owner(cards.estate().estateId(), "刘桂英"), false);
        given().get("/card/login").then().statusCode(200).body(containsString("业主一卡通登录"))
                .body(containsString("name=\"number\""));

        Response login = Forms.post("/card/login", null).formParam("number", card.number())
                .formParam("pin", card.pin()).formParam("next", "/notices").post("/card/login");
        login.then().statusCode(303).header("Location", endsWith("/card/pin"));
        String token = login.getCookie("sl_token");

        given().cookie("sl_token", token).redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/card/pin"));
        given().cookie("sl_token", token).get("/card/pin").then().statusCode(200)
                .body(containsString("首次使用一卡通"));

        Forms.post("/card/pin", token).formParam("currentPin", card.pin()).formParam("newPin", "735194")
                .formParam("confirmPin", "735195").post("/card/pin").then().statusCode(400)
                .body(containsString("两次输入的新密码不一致"));
        assertTrue(cards.reload(card.id()).pinChangeRequired);

        Forms.post("/card/pin", token).formParam("currentPin", card.pin()).formParam("newPin", "735194")
                .formParam("confirmPin", "735194").post("/card/pin").then().statusCode(303)
                .header("Location", endsWith("/"));
        given().cookie("sl_token", token).get("/").then().statusCode(200).body(containsString("刘桂英，您好"));
        assertFalse(cards.reload(card.id()).pinChangeRequired);
    }

    @Test
    void wrongPinAndLockedCardShowClearMessages() {
        TestWorld.Card card = cards.card(cards.owner(cards.estate().estateId(), "黄伟"), true);
        Forms.post("/card/login", null).formParam("number", card.number()).formParam("pin", "000001")
                .post("/card/login").then().statusCode(401).body(containsString("卡号或密码不正确"))
                .body(containsString("再输错4次"));
        cards.lock(card.id(), java.time.Instant.now().plusSeconds(600));
        Forms.post("/card/login", null).formParam("number", card.number()).formParam("pin", card.pin())
                .post("/card/login").then().statusCode(403).body(containsString("已暂时锁定"))
                .body(containsString("社区居委会解锁"));
        given().get("/card/login?ended=lost").then().statusCode(200).body(containsString("该卡已挂失"));
    }

    @Test
    void badLoginInputComesBackByFieldWithTheNumberAndWithoutThePin() {
        TestWorld.Card card = cards.card(cards.owner(cards.estate().estateId(), "孙丽华"), true);
        String typo = card.number().substring(0, 11) + ((card.number().charAt(11) - '0' + 1) % 10);
        Forms.post("/card/login", null).formParam("number", typo).formParam("pin", "864213").post("/card/login")
                .then().statusCode(400).body(containsString("输入有误"))
                .body(containsString("id=\"number-error\"")).body(containsString("卡号应为卡面上的12位数字"))
                .body(containsString("value=\"" + typo + "\"")).body(not(containsString("864213")));
        Forms.post("/card/login", null).cookie("sl_lang", "en").formParam("number", " ").formParam("pin", "")
                .post("/card/login").then().statusCode(400).body(containsString("Some fields need correcting"))
                .body(containsString("Enter the card number")).body(containsString("id=\"pin-error\""))
                .body(not(containsString("请输入")));
        assertEquals(0, cards.reload(card.id()).failedAttempts, "bad input is not a wrong PIN");

        Forms.post("/card/login", null).cookie("sl_lang", "en").formParam("number", card.number())
                .formParam("pin", "864213").post("/card/login").then().statusCode(401)
                .body(containsString("Wrong card number or PIN")).body(containsString("4 more wrong tries"))
                .body(containsString("value=\"" + card.number() + "\"")).body(not(containsString("864213")));
        assertEquals(1, cards.reload(card.id()).failedAttempts);
    }

    @Test
    void badPinChangeComesBackByFieldInTheVisitorsLanguageWithoutAnyPin() {
        TestWorld.Card card = cards.card(cards.owner(cards.estate().estateId(), "钱志强"), false);
        String token = cards.token(card);
        Forms.post("/card/pin", token).formParam("currentPin", "").formParam("newPin", "111111")
                .formParam("confirmPin", "111111").post("/card/pin").then().statusCode(400)
                .body(containsString("id=\"currentPin-error\"")).body(containsString("请输入当前密码"))
                .body(containsString("id=\"newPin-error\"")).body(containsString("密码不能是6个相同的数字"))
                .body(not(containsString("111111")));
        Forms.post("/card/pin", token).cookie("sl_lang", "en").formParam("currentPin", card.pin())
                .formParam("newPin", "735194").formParam("confirmPin", "735195").post("/card/pin").then()
                .statusCode(400).body(containsString("Some fields need correcting"))
                .body(containsString("id=\"confirmPin-error\"")).body(containsString("The two new PINs differ"))
                .body(not(containsString("735194"))).body(not(containsString("735195")))
                .body(not(containsString(card.pin()))).body(not(containsString("请输入")));
        assertTrue(cards.reload(card.id()).pinChangeRequired);
        assertEquals(0, cards.audits("card.pin-change", card.id()));
    }

    @Test
    void pinPageNeedsACardLogin() {
        given().redirects().follow(false).get("/card/pin").then().statusCode(303)
                .header("Location", containsString("/login"));
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1).token();
        given().cookie("sl_token", resident).get("/card/pin").then().statusCode(403);
    }

    @Test
    void staffIssueFromTheEstatePageAndGetAPrintableSlip() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "林晓明");
        String staff = cards.staffToken(place.communityId());
        given().cookie("sl_token", staff).get("/cards").then().statusCode(200).body(containsString("幸福里"));
        String estatePage = "/cards/estates/" + place.estateId();
        given().cookie("sl_token", staff).get(estatePage).then().statusCode(200)
                .body(containsString("林晓明")).body(containsString("未发卡"));

        Response slips = Forms.post(estatePage, staff).post("/cards/owners/" + owner + "/issue");
        slips.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("发卡单")).body(containsString("@media print"))
                .body(containsString("<svg class=\"qr\"")).body(containsString("http://localhost:8080/card/login"));
        Matcher pin = PIN_ON_SLIP.matcher(slips.asString());
        Matcher number = NUMBER_ON_SLIP.matcher(slips.asString());
        assertTrue(pin.find() && number.find(), "slip shows number and PIN");
        given().contentType("application/json")
                .body(java.util.Map.of("number", number.group(1), "pin", pin.group(1)))
                .post("/api/auth/card-token").then().statusCode(200);

        given().cookie("sl_token", staff).get(estatePage).then().statusCode(200)
                .body(containsString("正常")).body(not(containsString(pin.group(1))));
    }

    @Test
    void bulkIssuePrintsOneSlipPerOwnerWithoutACard() {
        TestWorld.Place place = cards.estate();
        cards.owner(place.estateId(), "甲业主");
        cards.owner(place.estateId(), "乙业主");
        String staff = cards.staffToken(place.communityId());
        String estatePage = "/cards/estates/" + place.estateId();
        String page = Forms.post(estatePage, staff).post(estatePage + "/issue-all").then().statusCode(200)
                .extract().asString();
        assertEquals(2, page.split("class=\"slip\"").length - 1);
        Forms.post(estatePage, staff).post(estatePage + "/issue-all").then().statusCode(200)
                .body(containsString("本次没有发新卡"));
        assertEquals(2, cards.cardCount(place.estateId()));
    }

    @Test
    void staffManageACardFromItsPage() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "高峰"), true);
        String staff = cards.staffToken(place.communityId());
        String cardPage = "/cards/" + card.id();
        given().cookie("sl_token", staff).get(cardPage).then().statusCode(200).body(containsString("挂失"))
                .body(containsString("注销原因"));

        Forms.post(cardPage, staff).formParam("reason", " ").post(cardPage + "/revoke").then().statusCode(400)
                .body(containsString("请写明注销原因")).body(containsString("id=\"reason-error\""));
        Forms.post(cardPage, staff).formParam("reason", "长".repeat(201)).post(cardPage + "/revoke").then().statusCode(400)
                .body(containsString("value=\"" + "长".repeat(201) + "\""));
        assertEquals(OwnerCardStatus.ACTIVE, cards.reload(card.id()).status);

        Forms.post(cardPage, staff).post(cardPage + "/lost").then().statusCode(303)
                .header("Location", endsWith(cardPage));
        assertEquals(OwnerCardStatus.LOST, cards.reload(card.id()).status);
        given().cookie("sl_token", staff).get(cardPage).then().statusCode(200).body(containsString("已挂失"));

        Forms.post(cardPage, staff).post(cardPage + "/reissue").then().statusCode(200)
                .body(containsString("初始密码"));
        given().cookie("sl_token", staff).get(cardPage).then().statusCode(200)
                .body(containsString("该卡已停用"));
    }

    @Test
    void staffPagesRefuseOutsiders() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "外人测试");
        given().redirects().follow(false).get("/cards").then().statusCode(303)
                .header("Location", containsString("/login"));
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, place.communityId()).token();
        given().cookie("sl_token", resident).get("/cards").then().statusCode(403);
        String otherStaff = cards.staffToken(cards.estate().communityId());
        given().cookie("sl_token", otherStaff).get("/cards/estates/" + place.estateId()).then().statusCode(403);
        Forms.post("/cards", otherStaff).post("/cards/owners/" + owner + "/issue").then().statusCode(403);
        given().cookie("sl_token", cards.staffToken(place.communityId())).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").post("/cards/owners/" + owner + "/issue")
                .then().statusCode(400);
        assertEquals(0, cards.cardCount(place.estateId()));
    }

    @Test
    void errorPagesOfLoggedInUsersRender() {
        String staff = cards.staffToken(cards.estate().communityId());
        given().cookie("sl_token", staff).get("/favicon.ico").then().statusCode(404)
                .body(containsString("出错了"));
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1).token();
        given().cookie("sl_token", resident).get("/audit").then().statusCode(403).body(containsString("出错了"));
    }
}
