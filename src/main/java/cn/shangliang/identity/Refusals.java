package cn.shangliang.identity;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of accounts, sign-up and setup: a stable code whose text, in the visitor's language, comes from
 * the errors bundle ({@code i18n/errors_zh|en.properties}) when it is shown. Field problems are collected and thrown together, so a form shows
 * them all at once and nothing is written.
 */
@RequestScoped
public class Refusals {

    private final List<FieldError> fields = new ArrayList<>();

    public DomainException of(int status, String code, Object... args) {
        return DomainException.of(status, code, args);
    }

    public void field(String field, String code, Object... args) {
        fields.add(FieldError.of(field, code, args));
    }

    public void fieldIf(boolean broken, String field, String code, Object... args) {
        if (broken) {
            field(field, code, args);
        }
    }

    /** Throws 400 with every field problem collected so far. */
    public void throwIfAny() {
        if (!fields.isEmpty()) {
            List<FieldError> all = List.copyOf(fields);
            fields.clear();
            throw DomainException.invalid(all);
        }
    }

    /**
     * A new password and its confirmation (fields {@code password} and {@code confirm}): what {@link PasswordRules}
     * refuse, and a confirmation that differs.
     */
    public void newPassword(String username, String password, String confirmation) {
        for (String problem : PasswordRules.problems(username, password)) {
            field("password", problem, PasswordRules.MIN);
        }
        fieldIf(password != null && !password.equals(confirmation), "confirm", "password-confirm-differs");
    }

    /** A trimmed text field: null when blank; records "required" or "too long". */
    public String input(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            fieldIf(required, field, "field-required");
            return null;
        }
        fieldIf(v.length() > max, field, "field-too-long", max);
        return v;
    }
}
