package cn.shangliang.assembly.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which record of a conflict may stand: the owner's own acts outrank a proxy's; only records of the conflict. */
class ConflictRuleTest {

    @ParameterizedTest(name = "{0} -> {1} {2}: {3}")
    @CsvSource({
            "ONLINE+PAPER, ONLINE, 5, ok",
            "ONLINE+PAPER, PAPER, P-1, ok",
            "ONLINE+PAPER, PAPER, P-2, assembly.conflict.not-a-record",
            "ONLINE+PROXY, ONLINE, 5, ok",
            "ONLINE+PROXY, PROXY, 9, assembly.conflict.proxy-over-own",
            "PAPER+PROXY, PROXY, 9, assembly.conflict.proxy-over-own",
            "PAPER+PROXY, PAPER, P-1, ok",
            "ONLINE+PAPER+PROXY, PROXY, 9, assembly.conflict.proxy-over-own",
            "PAPER+PAPER2, PAPER, P-2, ok",
            "ONLINE+PAPER, PROXY, 9, assembly.conflict.not-a-record",
    })
    void check(String records, BallotChannel channel, String reference, String expected) {
        List<Cast<Choice>> casts = new ArrayList<>();
        for (String r : records.split("\\+")) {
            casts.add(switch (r) {
                case "ONLINE" -> new Cast<>(BallotChannel.ONLINE, "5", Choice.AGREE);
                case "PAPER" -> new Cast<>(BallotChannel.PAPER, "P-1", Choice.OPPOSE);
                case "PAPER2" -> new Cast<>(BallotChannel.PAPER, "P-2", Choice.AGREE);
                default -> new Cast<>(BallotChannel.PROXY, "9", Choice.ABSTAIN);
            });
        }
        assertEquals(expected.equals("ok") ? Optional.empty() : Optional.of(expected),
                ConflictRule.check(casts, channel, reference));
    }

    @ParameterizedTest(name = "resolved {0} {1}; record {2} {3} stands: {4}")
    @CsvSource({
            "ONLINE, 5, ONLINE, 7, true",
            "ONLINE, 5, PAPER, P-1, false",
            "PAPER, P-1, PAPER, P-1, true",
            "PAPER, P-1, PAPER, P-2, false",
            "PAPER, P-1, ONLINE, 5, false",
            "PROXY, 9, PROXY, 9, true",
    })
    void stands(BallotChannel resolved, String ref, BallotChannel channel, String reference, boolean expected) {
        assertEquals(expected, ConflictRule.stands(resolved, ref, channel, reference));
    }
}
