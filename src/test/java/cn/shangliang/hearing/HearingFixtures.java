package cn.shangliang.hearing;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.demo.DemoSeeded;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Communities, staff and residents for hearing tests. */
@ApplicationScoped
public class HearingFixtures {

    @Inject
    Fixtures fixtures;

    @Inject
    HearingDemo hearingDemo;

    public record Place(long subdistrictId, long communityId) {
    }

    @Transactional
    public Place community() {
        Subdistrict s = new Subdistrict();
        s.name = "测试街道-" + UUID.randomUUID();
        s.persist();
        Community c = new Community();
        c.subdistrictId = s.id;
        c.name = "测试社区";
        c.persist();
        return new Place(s.id, c.id);
    }

    public Fixtures.User staff(long communityId) {
        return fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, communityId);
    }

    /** A resident of the community: an account with the RESIDENT grant and a resident row linked to it. */
    public Fixtures.User resident(long communityId) {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, communityId);
        linkResident(user.accountId(), communityId, "居民" + user.accountId());
        return user;
    }

    @Transactional
    public void linkResident(long accountId, long communityId, String name) {
        Resident r = new Resident();
        r.communityId = communityId;
        r.accountId = accountId;
        r.name = name;
        r.persist();
    }

    /**
     * Runs the hearing demo hook as the run command does, inside one transaction; only this feature's hook, so
     * other features' demo data never collides with what other test classes created.
     */
    @Transactional
    public void fireDemo() {
        hearingDemo.seed(new DemoSeeded());
    }

    public Fixtures.User user(Role role, long communityId) {
        return fixtures.user(role, Scope.Type.COMMUNITY, communityId);
    }
}
