package cn.shangliang.common.rules;

import cn.shangliang.common.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may take which action of one feature, as data: the roles (held in the thing's scope) per action. Object
 * checks (the same account, one's own card, a resident on the list) stay with the feature beside its table. Every
 * action must be listed, so a new action cannot be forgotten silently.
 */
public final class PermissionTable<A extends Enum<A>> {

    private final Map<A, Set<Role>> table;

    private PermissionTable(Map<A, Set<Role>> table) {
        this.table = table;
    }

    public static <A extends Enum<A>> Builder<A> builder(Class<A> type) {
        return new Builder<>(type);
    }

    public Set<Role> rolesFor(A action) {
        return table.get(Objects.requireNonNull(action));
    }

    /** For {@code CurrentUser.require(scope, roles)} and {@code hasAnyRole}. */
    public Role[] roles(A action) {
        return rolesFor(action).toArray(Role[]::new);
    }

    public boolean allows(Role role, A action) {
        return rolesFor(action).contains(role);
    }

    /** Whether any of {@code held} may take {@code action}. */
    public boolean allowsAny(Set<Role> held, A action) {
        return held.stream().anyMatch(r -> allows(r, action));
    }

    public static final class Builder<A extends Enum<A>> {
        private final Class<A> type;
        private final Map<A, Set<Role>> table;

        private Builder(Class<A> type) {
            this.type = type;
            this.table = new EnumMap<>(type);
        }

        public Builder<A> allow(A action, Role... roles) {
            table.put(action, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles))));
            return this;
        }

        public PermissionTable<A> build() {
            for (A action : type.getEnumConstants()) {
                if (!table.containsKey(action)) {
                    throw new IllegalStateException("no roles listed for " + action);
                }
            }
            return new PermissionTable<>(Collections.unmodifiableMap(new EnumMap<>(table)));
        }
    }
}
