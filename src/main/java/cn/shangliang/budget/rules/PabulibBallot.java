package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a Pabulib VOTES section.
 *
 * @param vote   project ids in the order written (most preferred first for ordinal ballots)
 * @param points aligned with {@code vote}, empty if the file has no {@code points} column
 * @param extra  every other column by header name (age, sex, voting_method, …)
 */
public record PabulibBallot(String voterId, List<String> vote, List<BigDecimal> points, Map<String, String> extra) {

    public PabulibBallot {
        Objects.requireNonNull(voterId, "voterId");
        vote = List.copyOf(vote);
        points = List.copyOf(points);
        extra = Map.copyOf(extra);
    }

    public BallotChoices toChoices() {
        return new BallotChoices(vote, points);
    }
}
