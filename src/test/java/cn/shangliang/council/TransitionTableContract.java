package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workflow's transition table tested against the table written out in its test, as lines like
 * {@code "DRAFT -> AGENDA_PUBLISHED, CANCELLED"}: every listed pair is allowed and every other pair is
 * forbidden with the workflow's "not allowed" code, so the forbidden side is complete, not a sample.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TransitionTableContract<S extends Enum<S> & Labelled> {
    private final Class<S> type;
    private final TransitionTable<S> transitions;
    private final String notAllowedCode;
    private final List<List<S>> expected = new ArrayList<>();

    protected TransitionTableContract(Class<S> type, TransitionTable<S> transitions, String codePrefix, String... table) {
        this.type = type;
        this.transitions = transitions;
        this.notAllowedCode = codePrefix + ".transition.not-allowed";
        for (String line : table) {
            String[] sides = line.split("->");
            S from = Enum.valueOf(type, sides[0].strip());
            for (String to : sides[1].split(",")) {
                expected.add(List.of(from, Enum.valueOf(type, to.strip())));
            }
        }
    }

    Stream<Arguments> allowedPairs() {
        return expected.stream().map(pair -> Arguments.of(pair.get(0), pair.get(1)));
    }

    Stream<Arguments> forbiddenPairs() {
        List<Arguments> forbidden = new ArrayList<>();
        for (S from : EnumSet.allOf(type)) {
            for (S to : EnumSet.allOf(type)) {
                if (!expected.contains(List.of(from, to))) {
                    forbidden.add(Arguments.of(from, to));
                }
            }
        }
        return forbidden.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allowedPairs")
    void allowedTransitions(S from, S to) {
        assertTrue(transitions.allows(from, to));
        assertEquals(List.of(), transitions.check(from, to));
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @MethodSource("forbiddenPairs")
    void everyOtherTransitionIsForbidden(S from, S to) {
        assertFalse(transitions.allows(from, to));
        assertEquals(List.of(notAllowedCode), transitions.check(from, to).stream().map(RuleViolation::code).toList());
    }
}
