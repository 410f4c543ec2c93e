package cn.shangliang.ownercard;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.Building;
import cn.shangliang.community.Ownership;
import cn.shangliang.community.Unit;
import cn.shangliang.testsupport.CardFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/** An estate with two owners named 王建国 in different flats and a card holder, for the card search tests. */
@ApplicationScoped
public class CardSearchData {

    @Inject
    CardFixtures cards;

    public record Estate(CardFixtures.Place place, long wang1502, long wang0801, String cardNumber) {
    }

    public Estate estate() {
        CardFixtures.Place place = cards.estate();
        long building3 = building(place.estateId(), "3栋");
        long building5 = building(place.estateId(), "5栋");
        long wang1502 = cards.owner(place.estateId(), "王建国");
        long wang0801 = cards.owner(place.estateId(), "王建国");
        long li = cards.owner(place.estateId(), "李秀英");
        own(wang1502, unit(place.estateId(), building3, "1502"));
        own(wang0801, unit(place.estateId(), building5, "0801"));
        own(li, unit(place.estateId(), building3, "1501"));
        String number = cards.card(li, true).number();
        return new Estate(place, wang1502, wang0801, number);
    }

    @Transactional
    long building(long estateId, String name) {
        Building b = new Building();
        b.estateId = estateId;
        b.name = name;
        b.persist();
        return b.id;
    }

    @Transactional
    long unit(long estateId, long buildingId, String number) {
        Unit u = new Unit();
        u.estateId = estateId;
        u.buildingId = buildingId;
        u.number = number;
        u.areaM2 = new BigDecimal("88.50");
        u.areaSource = AreaSource.values()[0];
        u.persist();
        return u.id;
    }

    @Transactional
    void own(long ownerId, long unitId) {
        Ownership o = new Ownership();
        o.ownerId = ownerId;
        o.unitId = unitId;
        o.persist();
    }
}
