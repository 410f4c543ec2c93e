package cn.shangliang.community;

import cn.shangliang.common.print.PrintMessages;

/**
 * Who issues a printed paper: the owners' committee for an estate's matter (业主委员会), the residents' committee
 * of the community otherwise (居民委员会), named after the estate or community as registered.
 */
public final class Issuers {

    private Issuers() {
    }

    public static String of(Long communityId, Long estateId, PrintMessages m) {
        if (estateId != null) {
            Estate estate = Estate.findById(estateId);
            if (estate != null) {
                return m.issuer_estate(estate.name);
            }
        }
        Community community = communityId == null ? null : Community.findById(communityId);
        return community == null ? "" : m.issuer_community(community.name);
    }
}
