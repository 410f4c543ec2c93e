package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One voter's ballot.
 *
 * @param projectIds the projects the voter chose; for ordinal ballots from most to least preferred
 * @param points     points aligned with {@code projectIds} for cumulative and scoring ballots, else empty
 */
public record Ballot(List<String> projectIds, List<BigDecimal> points) {

    public Ballot {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException(
                    "ballot has " + projectIds.size() + " projects but " + points.size() + " points");
        }
    }

    public static Ballot approving(String... projectIds) {
        return new Ballot(List.of(projectIds), List.of());
    }
}
