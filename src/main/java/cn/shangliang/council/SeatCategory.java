package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

/** Where a council member's seat comes from (DOMAIN.md §3: who sits on a 居民议事会). */
public enum SeatCategory implements Labelled {
    RESIDENTS_COMMITTEE,
    PARTY_ORGANIZATION,
    RESIDENT_REPRESENTATIVE,
    DEPUTY,
    SOCIAL_ORGANIZATION,
    LOCAL_UNIT,
    OWNERS_COMMITTEE,
    PROPERTY_COMPANY,
    INVITED;
}
