package cn.shangliang.common.calendar;

import java.util.Optional;

/** The title of a community's calendar feed; community implements it (the ground floor imports no feature). */
public interface CommunityNames {

    Optional<String> name(long communityId);
}
