package cn.shangliang.community;

import cn.shangliang.common.web.MalformedValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an area exactly (a string or a number, never through a double); text that is no number is reported as
 * "an area in m² with at most two decimals" ({@code field.area}), the same words the service uses for a bad area.
 */
public class AreaText extends JsonDeserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new MalformedValue(parser, "field.area", text);
        }
    }
}
