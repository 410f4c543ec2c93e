package cn.shangliang.community;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/** A fresh subdistrict, community and estate per test (the shared {@link TestWorld}), with users of each role in it. */
@ApplicationScoped
public class CommunityTestData {

    @Inject
    Fixtures fixtures;

    @Inject
    TestWorld world;

    public record Place(long subdistrictId, long communityId, long estateId) {
    }

    /** A fresh place from the shared test world. */
    public Place place() {
        TestWorld.Place p = world.place();
        return new Place(p.subdistrictId(), p.communityId(), p.estateId());
    }

    public String staff(Place p) {
        return fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, p.communityId()).token();
    }

    public String admin(Place p) {
        return fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, p.subdistrictId()).token();
    }

    public String supervisor(Place p) {
        return fixtures.user(Role.SUPERVISOR, Scope.Type.COMMUNITY, p.communityId()).token();
    }

    /** Staff of another community: the right role, the wrong place. */
    public String otherStaff() {
        return staff(place());
    }

    public String resident(Place p) {
        return fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, p.communityId()).token();
    }

    @Transactional
    public long count(String entity, String query, Object... params) {
        return Community.getEntityManager().createQuery("select count(x) from " + entity + " x where " + query, Long.class)
                .setParameter(1, params[0]).getSingleResult();
    }

    @Transactional
    public long auditCount(String action, String entityId) {
        return Community.getEntityManager().createQuery(
                        "select count(a) from AuditEntry a where a.action = ?1 and a.entityId = ?2", Long.class)
                .setParameter(1, action).setParameter(2, entityId).getSingleResult();
    }
}
