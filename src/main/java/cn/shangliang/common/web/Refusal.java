package cn.shangliang.common.web;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.RuleViolation.Kind;

import java.util.Comparator;
import java.util.List;

/**
 * The one way a use case refuses: collect the broken rules, then {@link #throwIf}. The request is refused with
 * the gravest kind among them (forbidden before not found before conflict before invalid input), the first
 * such rule's code, and every rule's text; {@code ErrorMappers} renders it in the visitor's language.
 */
public final class Refusal {

    private Refusal() {
    }

    public static void throwIf(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new DomainException(violations);
        }
    }

    /**
     * Rules whose kind only the caller knows: written before kinds, or judged on a request rather than on what is
     * stored (a hearing's plan checked as if announced, before it is saved, is input to correct).
     */
    public static void throwIf(List<RuleViolation> violations, Kind kind) {
        throwIf(violations.stream().map(v -> v.as(kind)).toList());
    }

    /** One broken rule as the exception to throw: {@code throw Refusal.of(RuleViolation.conflict(...))}. */
    public static DomainException of(RuleViolation violation) {
        return new DomainException(List.of(violation));
    }

    static RuleViolation gravest(List<RuleViolation> violations) {
        return violations.stream().min(Comparator.comparingInt(v -> precedence(v.kind()))).orElseThrow();
    }

    private static int precedence(Kind kind) {
        return switch (kind) {
            case FORBIDDEN -> 0;
            case NOT_FOUND -> 1;
            case CONFLICT -> 2;
            case INVALID -> 3;
        };
    }
}
