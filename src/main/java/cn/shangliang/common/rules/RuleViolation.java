package cn.shangliang.common.rules;

import cn.shangliang.common.i18n.ErrorTexts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A broken domain rule. It carries its {@link Kind} (which HTTP status refuses it), a stable code and the
 * arguments of its text. The code is the key of the text in {@code messages/errors_zh|en.properties} and the
 * problem-JSON {@code code}, so pages and the API say the same thing in the visitor's language.
 */
public record RuleViolation(Kind kind, String code, List<Object> args) {

    /** How a request that breaks the rule is refused. */
    public enum Kind {
        /** The input itself is wrong (400). */
        INVALID(400),
        /** The caller may not do this (403). */
        FORBIDDEN(403),
        /** The thing does not exist, or the caller may not know it exists (404). */
        NOT_FOUND(404),
        /** Allowed input, but the thing's current state refuses it (409). */
        CONFLICT(409);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public RuleViolation {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    public static RuleViolation invalid(String code, Object... args) {
        return new RuleViolation(Kind.INVALID, code, Arrays.asList(args));
    }

    public static RuleViolation conflict(String code, Object... args) {
        return new RuleViolation(Kind.CONFLICT, code, Arrays.asList(args));
    }

    public static RuleViolation forbidden(String code, Object... args) {
        return new RuleViolation(Kind.FORBIDDEN, code, Arrays.asList(args));
    }

    public static RuleViolation notFound(String code, Object... args) {
        return new RuleViolation(Kind.NOT_FOUND, code, Arrays.asList(args));
    }

    /** The same rule refused as {@code other}: for shared rules whose kind only their caller knows. */
    public RuleViolation as(Kind other) {
        return new RuleViolation(other, code, args);
    }

    /** The Chinese text with arguments filled in, for logs and for callers without a locale. */
    public String message() {
        return ErrorTexts.render(this, "zh");
    }

    /** The one violation when a required text (a reason, an answer) is missing or blank. */
    public static List<RuleViolation> requireText(String text, String code, Object... args) {
        return text == null || text.isBlank() ? List.of(invalid(code, args)) : List.of();
    }
}
