package cn.shangliang.testsupport;

import cn.shangliang.common.rules.RuleViolation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the rule tables' tests read of a check's violations: their codes. */
public final class Violations {

    private Violations() {
    }

    /** The violations' codes, in order. */
    public static List<String> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }

    /** The violations' codes are {@code expected}: the codes separated by spaces, '' for none. */
    public static void assertCodes(String expected, List<RuleViolation> violations) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), codes(violations));
    }
}
