package cn.shangliang.common.web;

import cn.shangliang.common.i18n.ErrorTexts;
import cn.shangliang.common.rules.RuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the domain refuses, with the HTTP status it maps to, a stable code for API clients and a message
 * for people (Chinese first). Thrown before anything is written, or it rolls the transaction back.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final List<RuleViolation> violations;

    public DomainException(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.violations = List.of();
    }

    /** The broken rules of a use case (see {@link Refusal}); their texts are rendered in the visitor's language. */
    DomainException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining(" ")));
        RuleViolation gravest = Refusal.gravest(violations);
        this.status = gravest.kind().status;
        this.code = gravest.code();
        this.fieldErrors = List.of();
        this.violations = List.copyOf(violations);
    }

    public DomainException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static DomainException badInput(String code, String message) {
        return new DomainException(400, code, message);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(400, "invalid-input", "输入有误，请检查标出的字段", errors);
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "找不到" + what);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(403, "forbidden", message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** What a person reads, in {@code language} ("zh" or "en"). */
    public String detail(String language) {
        if (!violations.isEmpty()) {
            return violations.stream().map(v -> ErrorTexts.render(v, language)).collect(Collectors.joining(" "));
        }
        String text = ErrorTexts.pattern(code, language);
        return text != null && fieldErrors.isEmpty() && !code.equals("not-found") ? text : getMessage();
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
