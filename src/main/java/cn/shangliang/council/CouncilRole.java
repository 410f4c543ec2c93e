package cn.shangliang.council;

/** The roles a user holds in one community; a user may hold several (a council member is also a resident). */
public enum CouncilRole implements Labelled {
    RESIDENT("居民"),
    OWNER("业主"),
    COUNCIL_MEMBER("议事会成员"),
    COUNCIL_CHAIR("议事会主席"),
    COMMUNITY_STAFF("社区工作人员"),
    SUBDISTRICT_ADMIN("街道管理员"),
    SUPERVISOR("监督员");

    private final String label;

    CouncilRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
