package cn.shangliang.community;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Set;

/**
 * Turns the caller's scoped grants into the {@link Actor} the pure permission tables take. A person counts as
 * a resident of a community when they hold RESIDENT there or their account is linked to a resident row of
 * it (the roster is the source the grant is made from, so either is enough).
 */
@RequestScoped
public class CommunityActors {

    @Inject
    CurrentUser currentUser;

    public Actor actor(long communityId) {
        Community community = Community.findById(communityId);
        if (community == null) {
            throw DomainException.notFound("not-found.community");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role, community.scope())) {
                roles.add(role);
            }
        }
        long userId = currentUser.accountId().orElse(-1L);
        if (userId > 0 && Resident.count("accountId = ?1 and communityId = ?2", userId, communityId) > 0) {
            roles.add(Role.RESIDENT);
        }
        return new Actor(userId, roles);
    }
}
