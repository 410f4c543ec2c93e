package cn.shangliang.common.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NaturalOrderTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "1栋, 2栋",
            "2栋, 10栋",
            "9栋, 10栋",
            "2-101, 10-101",
            "1-2, 1-10",
            "101, 1001",
            "1, 01",
            "A栋, B栋",
            "1栋, 1栋A",
            "1栋1单元, 1栋2单元",
            "99999999999999999999, 100000000000000000000",
            "车位, 车位1",
            // runs of zeros: "0" and "00" are the value 0, the shorter first; zeros before digits do not count
            "0, 00",
            "00, 1",
            "000, 0001",
            "0009, 10",
            "B0, B00",
            "2栋007, 2栋08",
    })
    void ordersAsPeopleCount(String smaller, String larger) {
        assertTrue(NaturalOrder.INSTANCE.compare(smaller, larger) < 0);
        assertTrue(NaturalOrder.INSTANCE.compare(larger, smaller) > 0);
    }

    @Test
    void equalOnlyWhenEqual() {
        assertEquals(0, NaturalOrder.INSTANCE.compare("10栋", "10栋"));
        assertTrue(NaturalOrder.INSTANCE.compare("01", "1") != 0);
    }

    @Test
    void sortsBuildings() {
        List<String> names = new ArrayList<>(List.of("10栋", "1栋", "2栋", "11栋", "3栋"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("1栋", "2栋", "3栋", "10栋", "11栋"), names);
    }
}
