package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectionRuleTest {

    private static final RuleParams WITH_THRESHOLD = RuleParams.product().withMinScore(BigDecimal.TEN);

    @ParameterizedTest
    @ValueSource(strings = {"greedy", "greedy-no-skip", "greedy-threshold", "equalshares", "equalshares/add1"})
    void looksUpEachRuleByItsPabulibName(String name) {
        SelectionRule rule = SelectionRule.forName(name, WITH_THRESHOLD);

        assertEquals(name, rule.name());
        Class<?> expected = name.startsWith("greedy") ? Greedy.class : EqualShares.class;
        assertEquals(expected, rule.getClass());
    }

    @Test
    void nameIsCaseAndSpaceInsensitive() {
        assertEquals("equalshares/add1", SelectionRule.forName(" EqualShares/Add1 ", RuleParams.product()).name());
    }

    @Test
    void unknownNameIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> SelectionRule.forName("phragmen", RuleParams.product()));
        assertEquals("unknown selection rule 'phragmen'; known: greedy, greedy-no-skip, greedy-threshold, "
                + "equalshares, equalshares/add1, equalshares-comparison, equalshares/add1-comparison", e.getMessage());
    }

    @Test
    void thresholdRuleNeedsAThreshold() {
        assertThrows(IllegalArgumentException.class, () -> SelectionRule.forName("greedy-threshold", RuleParams.product()));
    }

    @Test
    void pabulibParamsReadTheThresholdFromMeta() {
        assertEquals(new BigDecimal("3000"), RuleParams.pabulib(Map.of("min_project_score_threshold", "3000")).minScore());
        assertNull(RuleParams.pabulib(Map.of()).minScore());
        assertEquals(TieBreak.PROJECT_ID, RuleParams.pabulib(Map.of()).tieBreak());
        assertEquals(TieBreak.LOWER_COST_THEN_SUBMISSION, RuleParams.product().tieBreak());
    }
}
