package cn.shangliang.community;

import cn.shangliang.common.text.Typed;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of one request, so a form shows them all at once; throws 400 if any. */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    /** The trimmed text, or null when blank; records a problem when required and blank, or too long. */
    String text(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "field.not-blank"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(FieldError.of(field, "field.max-length", max));
        }
        return v;
    }

    /** Like {@link #text}, for fields where digits are typed: full-width digits become ASCII first (NFKC). */
    String typed(String value, String field, int max, boolean required) {
        return text(Typed.normalize(value), field, max, required);
    }

    /** A positive area in m² with at most two decimals. */
    BigDecimal area(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(new BigDecimal("9999999")) >= 0) {
            errors.add(new FieldError(field, "field.area"));
            return null;
        }
        return value.setScale(2);
    }

    void require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }

    void done() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
