package cn.shangliang.community;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.TestWorld.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A fresh subdistrict, community and estate per test (the shared {@link TestWorld}), with users of each role in it. */
@ApplicationScoped
public class CommunityTestData {

    @Inject
    TestWorld world;

    /** A fresh place from the shared test world. */
    public Place place() {
        return world.place();
    }

    public String staff(Place p) {
        return world.staff(p.communityId()).token();
    }

    public String admin(Place p) {
        return world.admin(p.subdistrictId()).token();
    }

    public String supervisor(Place p) {
        return world.supervisor(p.communityId()).token();
    }

    /** Staff of another community: the right role, the wrong place. */
    public String otherStaff() {
        return staff(place());
    }

    /** An account with the RESIDENT grant in the community (not on its resident list). */
    public String resident(Place p) {
        return world.user(Role.RESIDENT, p.communityId()).token();
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
