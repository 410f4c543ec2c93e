package cn.shangliang.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A moment typed as a Beijing wall-clock time ("2026-12-01T09:00", what a datetime-local input sends, or with
 * a space) or as an ISO instant with an offset ("2026-12-01T01:00:00Z"). Put
 * {@code @JsonDeserialize(using = BeijingDateTime.class)} on an {@code Instant} field.
 */
public class BeijingDateTime extends JsonDeserializer<Instant> {

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        Instant instant = parse(text);
        if (instant == null) {
            throw context.weirdStringException(text, Instant.class, "not a Beijing date-time");
        }
        return instant;
    }

    /** The instant {@code text} names, or null when it names none. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(' ', 'T');
        try {
            return LocalDateTime.parse(t).atZone(TemplateExtensions.ZONE).toInstant();
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException offset) {
                return null;
            }
        }
    }
}
