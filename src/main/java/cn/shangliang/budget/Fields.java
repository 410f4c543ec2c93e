package cn.shangliang.budget;

import cn.shangliang.common.web.DomainException;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors of one request, then refuses it as a whole (400) before anything is written. */
final class Fields {

    private final List<DomainException.FieldError> errors = new ArrayList<>();

    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new DomainException.FieldError(field, "field.required"));
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(DomainException.FieldError.of(field, "field.max-length", max));
        }
        return value.strip();
    }

    String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    long money(String field, Long fen, long min) {
        if (fen == null) {
            errors.add(new DomainException.FieldError(field, "field.required"));
            return 0;
        }
        if (fen < min || fen > 100_000_000_000L) {
            errors.add(new DomainException.FieldError(field, "field.amount-range"));
        }
        return fen;
    }

    int range(String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(new DomainException.FieldError(field, "field.required"));
            return min;
        }
        if (value < min || value > max) {
            errors.add(DomainException.FieldError.of(field, "field.between", min, max));
        }
        return value;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            errors.add(new DomainException.FieldError(field, "field.required"));
        }
        return value;
    }

    void error(String field, String message) {
        errors.add(new DomainException.FieldError(field, message));
    }

    void check() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
