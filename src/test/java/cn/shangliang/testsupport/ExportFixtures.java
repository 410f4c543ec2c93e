package cn.shangliang.testsupport;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.Building;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Ownership;
import cn.shangliang.community.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/** An estate whose roster exercises every export rule: natural order, leading zeros, formulas, masked numbers. */
@ApplicationScoped
public class ExportFixtures {

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil\",\"点我\")";

    @Inject
    CardFixtures cards;

    /** Buildings 10栋, 2栋, 1栋 (created in that order); 1栋 holds units 1001, 0101 and 101. */
    @Transactional
    public CardFixtures.Place rosterEstate() {
        CardFixtures.Place place = cards.estate();
        long b10 = building(place.estateId(), "10栋");
        long b2 = building(place.estateId(), "2栋");
        long b1 = building(place.estateId(), "1栋");
        Owner zhang = owner(place.estateId(), "张三", "13812345678");
        Owner evil = owner(place.estateId(), FORMULA_NAME, null);
        own(unit(place.estateId(), b10, "101", "88.00"), zhang);
        own(unit(place.estateId(), b2, "201", "70.50"), evil);
        own(unit(place.estateId(), b1, "1001", "100.25"), zhang);
        own(unit(place.estateId(), b1, "0101", "60.00"), zhang);
        unit(place.estateId(), b1, "101", "55.55");
        return place;
    }

    private static long building(long estateId, String name) {
        Building b = new Building();
        b.estateId = estateId;
        b.name = name;
        b.persist();
        return b.id;
    }

    private static Unit unit(long estateId, long buildingId, String number, String area) {
        Unit u = new Unit();
        u.estateId = estateId;
        u.buildingId = buildingId;
        u.number = number;
        u.areaM2 = new BigDecimal(area);
        u.areaSource = AreaSource.REGISTERED;
        u.persist();
        return u;
    }

    private static Owner owner(long estateId, String name, String phone) {
        Owner o = new Owner();
        o.estateId = estateId;
        o.kind = OwnerKind.PERSON;
        o.name = name;
        o.idHash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
        o.idMasked = "4403**********1234";
        o.phone = phone;
        o.persist();
        return o;
    }

    private static void own(Unit unit, Owner owner) {
        Ownership os = new Ownership();
        os.unitId = unit.id;
        os.ownerId = owner.id;
        os.designatedVoter = true;
        os.persist();
    }
}
