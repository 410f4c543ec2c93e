package cn.shangliang.notice;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.PdfFiles;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chromium prints a notice page to PDF (its own {@code --print-to-pdf}, as "Save as PDF" does): the print
 * stylesheet makes it A4, drops the navigation, the back link and the buttons, and adds the issuer, the document
 * number, the seal block and the page's address.
 */
@QuarkusTest
@BrowserTest
class NoticePrintBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    NoticeBoard board;

    @Inject
    CardFixtures cards;

    @Test
    void aPrintedNoticeIsA4WithoutNavigation() throws Exception {
        TestWorld.Place place = cards.estate();
        Notice notice = QuarkusTransaction.requiringNew().call(() -> board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY,
                place.communityId(), place.estateId(), "关于召开业主大会的公告", "请各位业主按时参加。", "test", 1L, null, null), "test"));
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Path pdf = dir.resolve("notice-" + notice.id + ".pdf");
        Files.deleteIfExists(pdf);
        Process chromium = new ProcessBuilder(Chromium.browserBinary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--user-data-dir=" + Files.createTempDirectory(dir, "print-profile-"),
                "--print-to-pdf=" + pdf.toAbsolutePath(), new URL(base, "notices/" + notice.id).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("print-to-pdf.log").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium printed within two minutes");
        assertTrue(Files.size(pdf) > 0, "a PDF was written");

        PdfFiles.Read read = PdfFiles.read(Files.readAllBytes(pdf));
        String text = read.text().replaceAll("\\s+", "");
        assertTrue(read.allA4(), "A4 pages");
        assertTrue(text.contains("关于召开业主大会的公告") && text.contains("请各位业主按时参加"), text);
        assertTrue(text.contains("业主委员会") && text.contains("（盖章）") && text.contains(notice.id + "号"), "issuer, seal, number: " + text);
        assertTrue(text.contains("/notices/" + notice.id), "the page's address: " + text);
        for (String navigation : List.of("首页", "议事会", "民生微实事", "登录", "跳到正文", "←", "有事好商量", "打印版")) {
            assertFalse(text.contains(navigation), "no navigation or back link in print: " + navigation);
        }
    }
}
