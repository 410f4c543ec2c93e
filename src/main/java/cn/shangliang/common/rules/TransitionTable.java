package cn.shangliang.common.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The allowed status changes of one workflow, as data: every pair not listed is forbidden. Workflows keep
 * their guards (dates, counts, reasons) next to the table, so the table itself stays a plain picture.
 */
public final class TransitionTable<S extends Enum<S> & Labelled> {
    private final String codePrefix;
    private final Map<S, Set<S>> next;

    private TransitionTable(String codePrefix, Map<S, Set<S>> next) {
        this.codePrefix = codePrefix;
        this.next = next;
    }

    /** {@code codePrefix + ".transition.not-allowed"} is the refusal's code: its text names the workflow's thing. */
    public static <S extends Enum<S> & Labelled> Builder<S> builder(Class<S> type, String codePrefix) {
        return new Builder<>(type, codePrefix);
    }

    public boolean allows(S from, S to) {
        return next.get(Objects.requireNonNull(from)).contains(Objects.requireNonNull(to));
    }

    public Set<S> next(S from) {
        return next.get(Objects.requireNonNull(from));
    }

    public boolean isTerminal(S status) {
        return next(status).isEmpty();
    }

    /** Empty when the change is allowed, otherwise one violation naming both states. */
    public List<RuleViolation> check(S from, S to) {
        if (allows(from, to)) {
            return List.of();
        }
        return List.of(RuleViolation.conflict(codePrefix + ".transition.not-allowed", from, to));
    }

    public static final class Builder<S extends Enum<S> & Labelled> {
        private final Class<S> type;
        private final String codePrefix;
        private final Map<S, Set<S>> next;

        private Builder(Class<S> type, String codePrefix) {
            this.type = type;
            this.codePrefix = codePrefix;
            this.next = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                next.put(s, EnumSet.noneOf(type));
            }
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            next.get(from).addAll(List.of(to));
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            next.forEach((from, to) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
            return new TransitionTable<>(codePrefix, Collections.unmodifiableMap(frozen));
        }
    }
}
