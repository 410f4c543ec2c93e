package cn.shangliang.identity;

/**
 * Where something sits in the subdistrict → community → estate tree. A grant on a subdistrict covers its
 * communities and their estates; a grant on a community covers its estates. Unknown levels are null.
 */
public record Scope(Long subdistrictId, Long communityId, Long estateId) {

    public enum Type { SUBDISTRICT, COMMUNITY, ESTATE }

    public boolean covers(Type type, long id) {
        return switch (type) {
            case SUBDISTRICT -> subdistrictId != null && subdistrictId == id;
            case COMMUNITY -> communityId != null && communityId == id;
            case ESTATE -> estateId != null && estateId == id;
        };
    }
}
