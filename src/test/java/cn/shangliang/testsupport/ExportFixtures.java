package cn.shangliang.testsupport;

import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An estate whose roster exercises every export rule: natural order, leading zeros, formulas, masked numbers. */
@ApplicationScoped
public class ExportFixtures {

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil\",\"点我\")";

    @Inject
    TestWorld world;

    /** Buildings 10栋, 2栋, 1栋 (created in that order); 1栋 holds units 1001, 0101 and 101. */
    @Transactional
    public TestWorld.Place rosterEstate() {
        TestWorld.Place place = world.place();
        long estate = place.estateId();
        long b10 = world.building(estate, "10栋").id;
        long b2 = world.building(estate, "2栋").id;
        long b1 = world.building(estate, "1栋").id;
        long zhang = owner(estate, "张三", "13812345678");
        long evil = owner(estate, FORMULA_NAME, null);
        world.own(world.unit(estate, b10, "101", "88.00", false).id, zhang, true);
        world.own(world.unit(estate, b2, "201", "70.50", false).id, evil, true);
        world.own(world.unit(estate, b1, "1001", "100.25", false).id, zhang, true);
        world.own(world.unit(estate, b1, "0101", "60.00", false).id, zhang, true);
        world.unit(estate, b1, "101", "55.55", false);
        return place;
    }

    /** An owner whose masked identity number and phone the export shows. */
    private long owner(long estateId, String name, String phone) {
        Owner o = world.owner(estateId, OwnerKind.PERSON, name);
        o.idMasked = "4403**********1234";
        o.phone = phone;
        return o.id;
    }
}
