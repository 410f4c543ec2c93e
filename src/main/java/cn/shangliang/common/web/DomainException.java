package cn.shangliang.common.web;

import cn.shangliang.common.i18n.ErrorTexts;
import cn.shangliang.common.rules.RuleViolation;
import com.fasterxml.jackson.annotation.JsonIgnore;

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
    private java.time.Duration retryAfter;

    /**
     * The broken rules of a use case (see {@link Refusal}); their texts are rendered in the visitor's language.
     * When there are several, each is also listed among the errors by its code, so an API client can tell them
     * apart and a page lists them one by one.
     */
    DomainException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining(" ")));
        RuleViolation gravest = Refusal.gravest(violations);
        this.status = gravest.kind().status;
        this.code = gravest.code();
        this.fieldErrors = violations.size() < 2 ? List.of() : violations.stream()
                .map(v -> new FieldError(v.code(), v.code(), v.args())).toList();
        this.violations = List.copyOf(violations);
    }

    /** A refusal with a fixed problem code ({@code not-found}, {@code forbidden}) whose text is {@code text}'s. */
    private DomainException(int status, String code, RuleViolation text) {
        this(status, code, text, List.of());
    }

    /** A refusal with problem code {@code code}, the text of {@code text} and the places it points at. */
    protected DomainException(int status, String code, RuleViolation text, List<FieldError> fieldErrors) {
        super(text.message());
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.violations = List.of(text);
    }

    /**
     * Input that breaks a rule and can be pointed at (the line of a file): problem code {@code code}, text by
     * {@code key} in the visitor's language, and {@code fieldErrors} for a client to find the place.
     */
    public static DomainException badInputAt(String code, String key, List<FieldError> fieldErrors, Object... args) {
        return new DomainException(400, code, RuleViolation.invalid(key, args), fieldErrors);
    }

    /** Input that breaks a rule: problem code {@code code}, text from the errors bundle by the same code. */
    public static DomainException badInput(String code, Object... args) {
        return Refusal.of(RuleViolation.invalid(code, args));
    }

    /** Form fields that are wrong; each field's message is an errors-bundle code (or a text already rendered). */
    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(400, "invalid-input", RuleViolation.invalid("invalid-input"), errors);
    }

    /** One form field that is wrong, by a rule its record's constraints cannot see (a code taken, a wrong password). */
    public static DomainException invalid(String field, String code, Object... args) {
        return invalid(List.of(FieldError.of(field, code, args)));
    }

    /** Something that does not exist (or may not be known): problem code {@code not-found}, text by {@code key}. */
    public static DomainException notFound(String key, Object... args) {
        return new DomainException(404, "not-found", RuleViolation.notFound(key, args));
    }

    /** The caller may not do this: problem code {@code forbidden}, text by {@code key}. */
    public static DomainException forbidden(String key, Object... args) {
        return new DomainException(403, "forbidden", RuleViolation.forbidden(key, args));
    }

    /** The thing's state refuses the request: problem code and text key {@code code}. */
    public static DomainException conflict(String code, Object... args) {
        return Refusal.of(RuleViolation.conflict(code, args));
    }

    /** A refusal by HTTP status whose problem code is also its text key. */
    public static DomainException of(int status, String code, Object... args) {
        return new DomainException(status, code, new RuleViolation(kindOf(status), code, List.of(args)));
    }

    /** A refusal whose problem code {@code code} is shared by several texts: the text is {@code key}'s. */
    public static DomainException withCode(int status, String code, String key, Object... args) {
        return new DomainException(status, code, new RuleViolation(kindOf(status), key, List.of(args)));
    }

    /** Too many attempts: 429 with {@code Retry-After}, the text saying in how many minutes to try again. */
    public static DomainException tooManyAttempts(java.time.Duration wait) {
        DomainException e = of(429, "too-many-attempts", Math.max(1, (wait.toSeconds() + 59) / 60));
        e.retryAfter = wait;
        return e;
    }

    /** A service that is down for a while (the database): 503 with {@code Retry-After}. */
    public static DomainException unavailable(String code, java.time.Duration wait) {
        DomainException e = of(503, code);
        e.retryAfter = wait;
        return e;
    }

    /** How long the client should wait before trying again ({@code Retry-After}), if this says so. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    private static RuleViolation.Kind kindOf(int status) {
        return switch (status) {
            case 403 -> RuleViolation.Kind.FORBIDDEN;
            case 404 -> RuleViolation.Kind.NOT_FOUND;
            case 409 -> RuleViolation.Kind.CONFLICT;
            default -> RuleViolation.Kind.INVALID;
        };
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** What a person reads, in {@code language} ("zh" or "en"). */
    public String detail(String language) {
        return violations.stream().map(v -> ErrorTexts.render(v, language)).collect(Collectors.joining(" "));
    }

    /** The field errors with their texts in {@code language}. */
    public List<FieldError> fieldErrors(String language) {
        return fieldErrors.stream().map(f -> new FieldError(f.field(), f.text(language))).toList();
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * A wrong form field. {@code message} is an errors-bundle code (its {@code args} fill the text) or, from
     * Bean Validation, a text already in the visitor's language.
     */
    public record FieldError(String field, String message, @JsonIgnore List<Object> args) {

        public FieldError {
            args = List.copyOf(args);
        }

        public FieldError(String field, String message) {
            this(field, message, List.of());
        }

        public static FieldError of(String field, String code, Object... args) {
            return new FieldError(field, code, List.of(args));
        }

        /**
         * A broken Bean Validation constraint: its message is an errors-bundle code, and its bound fills the
         * code's arguments ({@code @Size(max)} → {0}; {@code @Range(min, max)} → {0}, {1}; {@code @Min}/{@code
         * @Max} → {0}), so "不能超过 {0} 个字" says how many.
         */
        public static FieldError of(jakarta.validation.ConstraintViolation<?> violation) {
            java.util.Map<String, Object> bound = violation.getConstraintDescriptor().getAttributes();
            List<Object> args;
            if (bound.containsKey("value")) {
                args = List.of(bound.get("value"));
            } else if (bound.containsKey("min") && bound.containsKey("max")) {
                boolean atMost = violation.getConstraintDescriptor().getAnnotation()
                        instanceof jakarta.validation.constraints.Size && Integer.valueOf(0).equals(bound.get("min"));
                args = atMost ? List.of(bound.get("max")) : List.of(bound.get("min"), bound.get("max"));
            } else {
                args = List.of();
            }
            return new FieldError(name(violation.getPropertyPath()), violation.getMessage(), args);
        }

        /**
         * The one name of a wrong field, for the API's problem JSON and the pages alike: its path from the request
         * record, whether a service checked the record ({@code RequestCheck}) or its method is {@code @Valid}
         * (the method and parameter are left out). A nested record's field keeps its path ({@code decision.title},
         * so it never collides with the record's own {@code title}); an element of a list or map is named by its
         * index or key ({@code links[0].title}, {@code present[2]}, {@code votes[12]}). A constraint on a
         * parameter itself names the parameter. Pages name a nested field with {@code _} ({@code decision_title}):
         * {@link FormPipeline} puts the error beside it.
         */
        public static String name(jakarta.validation.Path path) {
            StringBuilder name = new StringBuilder();
            String parameter = null;
            for (jakarta.validation.Path.Node node : path) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                        continue;
                    }
                    case PARAMETER -> {
                        parameter = node.getName();
                        continue;
                    }
                    default -> {
                    }
                }
                if (node.isInIterable()) {
                    if (name.isEmpty() && parameter != null) {
                        name.append(parameter);
                    }
                    Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                    name.append('[').append(at == null ? "" : at).append(']');
                }
                // a container's element (<list element>, <map value>) and a record's own constraints add no name
                if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                    name.append(name.isEmpty() ? "" : ".").append(node.getName());
                }
            }
            return name.isEmpty() && parameter != null ? parameter : name.toString();
        }

        /** The message in {@code language}. */
        public String text(String language) {
            String text = message == null ? null : ErrorTexts.text(message, language, args.toArray());
            return text != null ? text : message;
        }
    }
}
