package cn.shangliang.common.print;

import cn.shangliang.notice.Notice;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.PdfFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice as an A4 PDF: Chinese text survives (the font is embedded), issuer, number, seal block and address. */
@QuarkusTest
class NoticePdfTest {

    @Inject
    NoticeBoard board;

    @Inject
    CardFixtures cards;

    @Test
    void aNoticeIsAnA4PaperWithItsChineseTextIssuerSealAndAddress() {
        TestWorld.Place place = cards.estate();
        Notice notice = QuarkusTransaction.requiringNew().call(() -> board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY,
                place.communityId(), place.estateId(), "关于续聘物业服务企业的业主共同决定公告",
                "表决时间：2026年3月1日至3月10日。\n请全体业主按时参加表决。", "test", 1L, null, null), "test"));
        byte[] pdf = given().get("/documents/notice/" + notice.id + ".pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray();
        PdfFiles.Read read = PdfFiles.read(pdf);
        String text = read.text().replaceAll("\\s+", "");
        assertTrue(read.allA4(), "A4 pages");
        assertTrue(read.fontsEmbedded(), "fonts embedded");
        assertTrue(text.contains("关于续聘物业服务企业的业主共同决定公告"), text);
        assertTrue(text.contains("请全体业主按时参加表决"), text);
        assertTrue(text.contains("业主委员会"), "issued by the estate's owners' committee: " + text);
        assertTrue(text.contains("（盖章）"), text);
        assertTrue(text.contains("〔") && text.contains(notice.id + "号"), "document number: " + text);
        assertTrue(text.contains("/notices/" + notice.id), "the notice's address: " + text);
        assertTrue(pdf.length < 400_000, "the font is embedded as a subset: " + pdf.length + " bytes");
    }

    @Test
    void unknownDocumentsAndNoticesAreNotFound() {
        given().get("/documents/notice/999999999.pdf").then().statusCode(404);
        given().get("/documents/no-such-document/1.pdf").then().statusCode(404);
    }
}
