package cn.shangliang.ownercard;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.PdfFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An estate's owner cards as a file: status in words, never a PIN; for those who see the cards page; audited. */
@QuarkusTest
class OwnerCardExportsTest {

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    @Test
    void cardsWithStatusAndNoPin() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card active = cards.card(cards.owner(place.estateId(), "张三"), true);
        TestWorld.Card locked = cards.card(cards.owner(place.estateId(), "李四"), false);
        cards.setStatus(locked.id(), OwnerCardStatus.LOCKED);
        String staff = cards.staffToken(place.communityId());
        byte[] file = given().auth().oauth2(staff).get("/exports/owner-cards/" + place.estateId()).then().statusCode(200)
                .extract().asByteArray();
        List<List<XCell>> rows = ExportFiles.xlsx(file);
        assertEquals(3, rows.size());
        assertEquals("张三", rows.get(1).get(1).text());
        assertEquals("正常", rows.get(1).get(3).text());
        assertEquals("已锁定", rows.get(2).get(3).text());
        assertFalse(rows.get(1).get(0).number(), "card numbers stay text");
        assertTrue(rows.get(1).get(0).text().replace(" ", "").equals(active.number().replace(" ", "")));
        String csv = new String(given().auth().oauth2(staff).get("/exports/owner-cards/" + place.estateId() + "?format=csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(csv.contains(CardFixtures.PIN) || csv.contains("$argon") || csv.contains("pin_hash"), "no PIN in any form");
        long audits = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'export.download' and entityType = 'owner-cards' and entityId = ?1", String.valueOf(place.estateId())));
        assertEquals(2, audits);
        given().cookie("sl_token", staff).get("/cards/estates/" + place.estateId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/exports/owner-cards/" + place.estateId() + "?format=csv"));
    }

    @Test
    void pinSlipsAsAPdfThreeToAPage() {
        TestWorld.Place place = cards.estate();
        for (int i = 0; i < 4; i++) {
            cards.owner(place.estateId(), "业主" + i);
        }
        String staff = cards.staffToken(place.communityId());
        String estatePage = "/cards/estates/" + place.estateId();
        byte[] pdf = Forms.post(estatePage, staff).post(estatePage + "/issue-all?format=pdf").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("application/pdf")).extract().asByteArray();
        PdfFiles.Read read = PdfFiles.read(pdf);
        assertTrue(read.allA4());
        assertEquals(2, read.pages(), "four slips, three to a page");
        String text = read.text().replaceAll("\\s+", "");
        assertEquals(4, text.split("发卡单").length - 1, text);
        assertTrue(text.contains("/card/login"), text);
    }

    @Test
    void onlyThoseWhoSeeTheCardsPageMayDownload() {
        TestWorld.Place place = cards.estate();
        String url = "/exports/owner-cards/" + place.estateId() + "?format=csv";
        given().get(url).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, place.communityId()).token()).get(url).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.OWNER, Scope.Type.ESTATE, place.estateId()).token()).get(url).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, place.communityId() + 100_000).token())
                .get(url).then().statusCode(403);
        given().auth().oauth2(cards.staffToken(place.communityId())).get(url).then().statusCode(200);
        given().auth().oauth2(cards.staffToken(place.communityId())).get("/exports/owner-cards/999999999").then().statusCode(404);
    }
}
