package cn.shangliang.common.security;

import java.util.Objects;
import java.util.Set;

/** Who is acting, with the roles already resolved for the community concerned (scope is decided upstream). */
public record Actor(long userId, Set<Role> rolesInCommunity) {
    public Actor {
        rolesInCommunity = Set.copyOf(Objects.requireNonNull(rolesInCommunity));
    }
}
