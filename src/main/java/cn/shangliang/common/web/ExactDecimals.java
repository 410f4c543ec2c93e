package cn.shangliang.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * One representation of exact decimals across the JSON API (issue 18): a {@link BigDecimal} (areas in m², scores) is
 * written as a string in plain notation ("410.75", never 410.75 or "4.1075E+2"), as results already gave areas, so no
 * client reads them through a binary floating-point number. Requests may send either form. The OpenAPI schema says
 * the same ({@code mp.openapi.schema.java.math.BigDecimal} in application.properties).
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("exact-decimals").addSerializer(BigDecimal.class, new PlainString()));
    }

    static final class PlainString extends StdSerializer<BigDecimal> {

        PlainString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }
}
