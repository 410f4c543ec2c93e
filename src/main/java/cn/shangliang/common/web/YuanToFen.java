package cn.shangliang.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount typed in yuan ("1200", "1,200.5", "1200.50") read as integer fen, exactly: never through a
 * floating-point number. Put {@code @JsonDeserialize(using = YuanToFen.class)} on a {@code Long} fen field.
 */
public class YuanToFen extends JsonDeserializer<Long> {

    private static final Pattern YUAN = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** The amount is not a non-negative number of yuan with at most two decimals. */
    public static class Malformed extends JsonMappingException {
        Malformed(JsonParser parser, String text) {
            super(parser, "not an amount in yuan: " + text);
        }
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        Long fen = fen(text);
        if (fen == null) {
            throw new Malformed(parser, text);
        }
        return fen;
    }

    /** The fen of {@code yuan}, or null when it is not a well-formed amount. */
    public static Long fen(String yuan) {
        if (yuan == null) {
            return null;
        }
        // thousands separators, ASCII or full-width (as a Chinese input method types them)
        String plain = yuan.strip().replace(",", "").replace("\uFF0C", "");
        if (!YUAN.matcher(plain).matches()) {
            return null;
        }
        return new BigDecimal(plain).movePointRight(2).longValueExact();
    }
}
