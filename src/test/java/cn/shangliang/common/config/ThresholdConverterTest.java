package cn.shangliang.common.config;

import cn.shangliang.common.rules.Threshold;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Thresholds are read by the config itself: a value that is not one fails when the config is read. */
class ThresholdConverterTest {

    private static SmallRyeConfig config(String value) {
        return new SmallRyeConfigBuilder()
                .withConverter(Threshold.class, 100, new ThresholdConverter())
                .withSources(new MapBackedConfigSource("test", Map.of("q", value)) {
                })
                .build();
    }

    @Test
    void readsStrictAndInclusiveForms() {
        assertEquals(Threshold.moreThan(2, 3), config("> 2/3").getValue("q", Threshold.class));
        assertEquals(Threshold.atLeast(1, 3), config(" >= 1/3 ").getValue("q", Threshold.class));
    }

    @Test
    void refusesWhatIsNotAThreshold() {
        for (String bad : new String[] {"2/3", "> two thirds", "> 0/3", ">"}) {
            assertThrows(IllegalArgumentException.class, () -> config(bad).getValue("q", Threshold.class), bad);
        }
    }
}
