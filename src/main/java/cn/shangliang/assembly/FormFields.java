package cn.shangliang.assembly;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.TemplateExtensions;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading page forms: choices (a matter's {@code choice}, an election's {@code c<candidateId>}), times, numbers. */
final class FormFields {

    private FormFields() {
    }

    static CastRequest cast(MultivaluedMap<String, String> form) {
        Map<Long, String> marks = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("c\\d{1,18}") && !values.isEmpty()) {
                marks.put(Long.parseLong(name.substring(1)), values.get(0));
            }
        });
        return new CastRequest(form.getFirst("choice"), marks.isEmpty() ? null : marks, blankToNull(form.getFirst("voterKey")));
    }

    /** A {@code datetime-local} value read as Beijing time; null when blank. */
    static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(TemplateExtensions.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.assembly.date-time")));
        }
    }

    static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.integer")));
        }
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.id-number")));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
