package cn.shangliang.community.rules;

import cn.shangliang.community.AreaSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CandidateAreasTest {

    private static BigDecimal m2(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "registered={0} surveyed={1} contract={2} -> {3} {4}")
    @CsvSource(nullValues = "-", value = {
            "89.50, 91.00, 92.00, 8950, REGISTERED",
            // a larger lower-precedence figure never wins
            "89.50, 120.00, -,    8950, REGISTERED",
            "-,     91.00, 92.00, 9100, SURVEYED",
            "-,     -,     92.00, 9200, CONTRACT",
            "-,     91.37, -,     9137, SURVEYED",
    })
    void picksRegisteredThenSurveyedThenContract(String registered, String surveyed, String contract,
                                                  long centiM2, AreaSource source) {
        ExclusiveArea area = new CandidateAreas(m2(registered), m2(surveyed), m2(contract)).pick();
        assertEquals(new ExclusiveArea(centiM2, source), area);
    }

    @Test
    void noAreaAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CandidateAreas(null, null, null).pick());
    }

    @ParameterizedTest
    @CsvSource({"89.5, 8950", "90, 9000", "89.120, 8912", "0.01, 1"})
    void convertsSquareMetresToHundredthsExactly(String m2, long centiM2) {
        assertEquals(centiM2, ExclusiveArea.ofSquareMetres(new BigDecimal(m2), AreaSource.REGISTERED).centiM2());
    }

    @ParameterizedTest
    @CsvSource({"89.125", "0.001", "0", "0.00", "-12.00"})
    void refusesAreasThatAreNotPositiveHundredths(String m2) {
        assertThrows(IllegalArgumentException.class,
                () -> ExclusiveArea.ofSquareMetres(new BigDecimal(m2), AreaSource.REGISTERED));
    }
}
