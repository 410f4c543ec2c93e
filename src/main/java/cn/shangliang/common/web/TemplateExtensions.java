package cn.shangliang.common.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Small formatting helpers shared by all templates. Times are shown in China Standard Time. */
@TemplateExtension
public final class TemplateExtensions {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TemplateExtensions() {
    }

    @TemplateExtension(namespace = "fmt")
    static String time(Instant instant, String pattern) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(pattern).withZone(ZONE).format(instant);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    static String urlEncode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    static String yuan(long fen) {
        return Money.yuan(fen);
    }

    /** An area held in hundredths of a square metre, written exactly ("102.35"). */
    static String area(long centi) {
        return java.math.BigDecimal.valueOf(centi, 2).toPlainString();
    }
}
