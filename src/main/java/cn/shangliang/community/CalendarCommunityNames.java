package cn.shangliang.community;

import cn.shangliang.common.calendar.CommunityNames;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** A community's calendar feed is titled with its name. */
@ApplicationScoped
public class CalendarCommunityNames implements CommunityNames {

    @Override
    public Optional<String> name(long communityId) {
        return Community.<Community>findByIdOptional(communityId).map(c -> c.name);
    }
}
