package cn.shangliang.hearing;

import cn.shangliang.demo.DemoSeeded;
import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.MovableClock;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Communities, staff and residents for hearing tests, from the shared {@link TestWorld}. */
@ApplicationScoped
public class HearingFixtures {

    @Inject
    TestWorld world;

    @Inject
    HearingDemo hearingDemo;

    @Inject
    MovableClock clock;

    public record Place(long subdistrictId, long communityId) {
    }

    /** A hearing to take through its stages, in a fresh community, with the days counted from today. */
    public HearingFlow flow() {
        return new HearingFlow(this, clock);
    }

    /** A hearing to take through its stages in a community the test already has. */
    public HearingFlow flow(long communityId) {
        return new HearingFlow(this, clock, communityId);
    }

    /** A hearing in the community whose registration is open with four applicants (for tests of other packages). */
    public long hearingWithApplicants(long communityId) {
        return flow(communityId).withApplicants().id;
    }

    /** Moves "today" to {@code day} (back to real time after the test). */
    public void travelTo(LocalDate day) {
        world.travelTo(day);
    }

    /** A fresh community of the shared test world. */
    public Place community() {
        TestWorld.Place p = world.place();
        return new Place(p.subdistrictId(), p.communityId());
    }

    public Fixtures.User staff(long communityId) {
        return world.staff(communityId);
    }

    /** A resident of the community: an account with the RESIDENT grant and a resident row linked to it. */
    public Fixtures.User resident(long communityId) {
        return world.resident(communityId);
    }

    public void linkResident(long accountId, long communityId, String name) {
        world.linkResident(accountId, communityId, name);
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
        return world.user(role, communityId);
    }
}
