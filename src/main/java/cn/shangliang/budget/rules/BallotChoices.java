package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The choices on one budget ballot (a {@code BudgetBallot}, whose rows are {@code BallotChoice}s), as plain
 * values for the selection rules: no voter, no database. Not the assembly's {@code Ballot} (an owner's choice
 * on a decision).
 *
 * @param projectIds the projects the voter chose; for ordinal ballots from most to least preferred
 * @param points     points aligned with {@code projectIds} for cumulative and scoring ballots, else empty
 */
public record BallotChoices(List<String> projectIds, List<BigDecimal> points) {

    public BallotChoices {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException(
                    "ballot has " + projectIds.size() + " projects but " + points.size() + " points");
        }
    }

    public static BallotChoices approving(String... projectIds) {
        return new BallotChoices(List.of(projectIds), List.of());
    }
}
