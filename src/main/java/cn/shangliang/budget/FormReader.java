package cn.shangliang.budget;

import cn.shangliang.common.web.DomainException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page form into the records the services take. People type money in yuan ("1234.5"); it becomes
 * exact fen. A value that cannot be read is a field error, refused before anything is written.
 */
final class FormReader {

    private final MultivaluedMap<String, String> form;
    private final List<DomainException.FieldError> errors = new ArrayList<>();

    FormReader(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    List<String> all(String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    Long yuan(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "")).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new DomainException.FieldError(name, "field.yuan"));
            return null;
        }
    }

    Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new DomainException.FieldError(name, "field.integer.short"));
            return null;
        }
    }

    Long id(String name) {
        Integer value = integer(name);
        return value == null ? null : value.longValue();
    }

    List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String v : all(name)) {
            try {
                ids.add(Long.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                errors.add(new DomainException.FieldError(name, "field.choice"));
            }
        }
        return ids;
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new DomainException.FieldError(name, "field.budget.date"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new DomainException.FieldError(name, "field.choice"));
            return null;
        }
    }

    /** Call after reading: refuses the form if any value could not be read. */
    <T> T done(T value) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return value;
    }
}
