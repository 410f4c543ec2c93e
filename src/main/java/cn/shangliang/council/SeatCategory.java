package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

/** Where a council member's seat comes from (DOMAIN.md §3: who sits on a 居民议事会). */
public enum SeatCategory implements Labelled {
    RESIDENTS_COMMITTEE("居委会"),
    PARTY_ORGANIZATION("社区党组织"),
    RESIDENT_REPRESENTATIVE("居民代表"),
    DEPUTY("人大代表、政协委员"),
    SOCIAL_ORGANIZATION("社会组织"),
    LOCAL_UNIT("驻区单位"),
    OWNERS_COMMITTEE("业主委员会"),
    PROPERTY_COMPANY("物业服务企业"),
    INVITED("特邀成员");

    private final String label;

    SeatCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
