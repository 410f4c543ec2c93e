package cn.shangliang.council;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the caller's scoped grants into the {@link Actor} the pure permission tables take. A person counts as
 * a resident of a community when they hold RESIDENT there or their account is linked to a resident row of
 * it (the roster is the source the grant is made from, so either is enough).
 */
@RequestScoped
public class CouncilActors {

    @Inject
    CurrentUser currentUser;

    public Actor actor(long communityId) {
        Community community = Community.findById(communityId);
        if (community == null) {
            throw DomainException.notFound("该社区");
        }
        Set<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
        for (CouncilRole role : CouncilRole.values()) {
            if (currentUser.hasRole(Role.valueOf(role.name()), community.scope())) {
                roles.add(role);
            }
        }
        long userId = currentUser.accountId().orElse(-1L);
        if (userId > 0 && Resident.count("accountId = ?1 and communityId = ?2", userId, communityId) > 0) {
            roles.add(CouncilRole.RESIDENT);
        }
        return new Actor(userId, roles);
    }

    /** Refuses with {@code status}, the first rule's code and every rule's message; nothing when allowed. */
    public static void refuseIf(List<RuleViolation> violations, int status) {
        if (!violations.isEmpty()) {
            RuleViolation first = violations.get(0);
            String message = violations.stream().map(RuleViolation::message).reduce((a, b) -> a + " " + b).orElse("");
            throw new DomainException(status, first.code(), message);
        }
    }

    public Actor require(long communityId, CouncilAction action) {
        Actor actor = actor(communityId);
        if (!CouncilPermissions.allows(actor, action)) {
            throw DomainException.forbidden("您没有权限" + action.label() + "（需要：" + roleLabels(action) + "）");
        }
        return actor;
    }

    private static String roleLabels(CouncilAction action) {
        return CouncilPermissions.rolesAllowed(action).stream().map(CouncilRole::label).reduce((a, b) -> a + "、" + b).orElse("");
    }
}
