package cn.shangliang.council;

import java.util.Objects;
import java.util.Set;

/** Who is acting, with the roles already resolved for the community concerned (scope is decided upstream). */
public record Actor(long userId, Set<CouncilRole> rolesInCommunity) {
    public Actor {
        rolesInCommunity = Set.copyOf(Objects.requireNonNull(rolesInCommunity));
    }
}
