package cn.shangliang.common.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodesTest {

    @Test
    void inlineSvgWithTheAddressInWordsAndNoScript() {
        String svg = QrCodes.svgOf("https://example.org/assembly/12/verification?a=1&b=<2>");
        assertTrue(svg.startsWith("<svg class=\"qr\""));
        assertTrue(svg.contains("viewBox=\"0 0 "));
        assertTrue(svg.contains("a=1&amp;b=&lt;2&gt;"), "the address is escaped in the title");
        assertTrue(svg.contains("d=\"M"), "dark modules are drawn");
        assertFalse(svg.contains("<script"));
    }
}
