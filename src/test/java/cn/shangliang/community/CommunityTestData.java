package cn.shangliang.community;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** A fresh subdistrict, community and estate per test, with users of each role in it. */
@ApplicationScoped
public class CommunityTestData {

    @Inject
    Fixtures fixtures;

    public record Place(long subdistrictId, long communityId, long estateId) {
    }

    @Transactional
    public Place place() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Subdistrict s = new Subdistrict();
        s.name = "测试街道" + tag;
        s.persist();
        Community c = new Community();
        c.subdistrictId = s.id;
        c.name = "测试社区" + tag;
        c.persist();
        Estate e = new Estate();
        e.communityId = c.id;
        e.name = "测试小区" + tag;
        e.persist();
        return new Place(s.id, c.id, e.id);
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
