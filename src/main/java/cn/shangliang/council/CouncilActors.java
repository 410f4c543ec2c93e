package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.rules.LabelledList;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.CommunityActors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The caller as an {@link Actor} of a community, refused unless the council permission table allows the action. */
@RequestScoped
public class CouncilActors {

    @Inject
    CommunityActors actors;

    public Actor actor(long communityId) {
        return actors.actor(communityId);
    }

    public Actor require(long communityId, CouncilAction action) {
        Actor actor = actors.actor(communityId);
        if (!CouncilPermissions.allows(actor, action)) {
            throw DomainException.forbidden("forbidden.council.action", action,
                    new LabelledList(List.copyOf(CouncilPermissions.rolesAllowed(action))));
        }
        return actor;
    }
}
