package cn.shangliang.ownercard;

import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An estate with two owners named 王建国 in different flats and a card holder, for the card search tests. */
@ApplicationScoped
public class CardSearchData {

    @Inject
    TestWorld world;

    public record Estate(TestWorld.Place place, long wang1502, long wang0801, String cardNumber) {
    }

    public Estate estate() {
        TestWorld.Place place = world.place();
        long building3 = world.building(place.estateId(), "3栋").id;
        long building5 = world.building(place.estateId(), "5栋").id;
        long wang1502 = world.owner(place.estateId(), "王建国");
        long wang0801 = world.owner(place.estateId(), "王建国");
        long li = world.owner(place.estateId(), "李秀英");
        world.own(world.unit(place.estateId(), building3, "1502", "88.50", false).id, wang1502, true);
        world.own(world.unit(place.estateId(), building5, "0801", "88.50", false).id, wang0801, true);
        world.own(world.unit(place.estateId(), building3, "1501", "88.50", false).id, li, true);
        String number = world.card(li, true).number();
        return new Estate(place, wang1502, wang0801, number);
    }
}
