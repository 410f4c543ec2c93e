package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a selection rule reads.
 *
 * @param budget   the money to spend, exact
 * @param voteType what the ballots say; Equal Shares needs approval ballots
 * @param projects in submission order, which {@link TieBreak#LOWER_COST_THEN_SUBMISSION} uses
 * @param ballots  one per voter; Equal Shares divides the budget among all of them
 * @param scores   each project's ranking key for the greedy rules (see {@link Scores})
 */
public record SelectionInput(BigDecimal budget, VoteType voteType, List<Project> projects, List<BallotChoices> ballots,
        Map<String, BigDecimal> scores) {

    public SelectionInput {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(voteType, "voteType");
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("budget is negative: " + budget);
        }
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        scores = Map.copyOf(scores);
        Set<String> ids = new HashSet<>();
        for (Project project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("duplicate project id '" + project.id() + "'");
            }
            if (!scores.containsKey(project.id())) {
                throw new IllegalArgumentException("no score for project '" + project.id() + "'");
            }
        }
        for (BallotChoices ballot : ballots) {
            checkBallot(ballot.projectIds(), ids);
        }
    }

    /** Scores counted from the ballots (see {@link Scores#of}); ordinal ballots use the longest ballot cast. */
    public static SelectionInput of(BigDecimal budget, VoteType voteType, List<Project> projects, List<BallotChoices> ballots) {
        return new SelectionInput(budget, voteType, projects, ballots, Scores.of(voteType, projects, ballots, null));
    }

    private static void checkBallot(List<String> chosen, Set<String> ids) {
        for (int i = 0; i < chosen.size(); i++) {
            String id = chosen.get(i);
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("a ballot lists unknown project '" + id + "'");
            }
            // ballots are short (Pabulib caps them at a handful), so a nested scan beats a set per ballot
            for (int j = 0; j < i; j++) {
                if (chosen.get(j).equals(id)) {
                    throw new IllegalArgumentException("a ballot lists project '" + id + "' twice");
                }
            }
        }
    }
}
