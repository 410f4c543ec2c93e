package cn.shangliang.community;

import cn.shangliang.testsupport.TestWorld.Place;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that act as community staff in a fresh place of the shared test world, one per test. */
public abstract class StaffInAPlace {

    @Inject
    protected CommunityTestData data;

    protected Place place;
    protected String staff;

    @BeforeEach
    void newPlace() {
        place = data.place();
        staff = data.staff(place);
    }
}
