package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each project's score from ballots, with the definitions Pabulib uses for its {@code votes} and
 * {@code score} columns, so a recount can be checked against a file and a product election is ranked the
 * same way a Pabulib one is.
 */
public final class Scores {

    private Scores() {
    }

    /**
     * The ranking key of each project, in project order: approvals for approval ballots, the sum of points
     * for cumulative and scoring ballots, positional points for ordinal ballots.
     *
     * @param maxLength for ordinal ballots, the most projects a ballot may rank (Pabulib META
     *                  {@code max_length}); null means the longest ballot cast
     */
    public static Map<String, BigDecimal> of(VoteType type, List<Project> projects, List<BallotChoices> ballots,
            Integer maxLength) {
        return switch (type) {
            case APPROVAL, CHOOSE_1 -> approvals(projects, ballots);
            case CUMULATIVE, SCORING -> points(projects, ballots);
            case ORDINAL -> positional(projects, ballots,
                    maxLength != null ? maxLength : ballots.stream().mapToInt(b -> b.projectIds().size()).max().orElse(0));
        };
    }

    /** Number of ballots that list each project (Pabulib {@code votes}). */
    public static Map<String, BigDecimal> approvals(List<Project> projects, List<BallotChoices> ballots) {
        Map<String, long[]> counts = zeroCounts(projects);
        for (BallotChoices ballot : ballots) {
            for (String id : ballot.projectIds()) {
                counter(counts, id)[0]++;
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        counts.forEach((id, count) -> scores.put(id, BigDecimal.valueOf(count[0])));
        return Collections.unmodifiableMap(scores);
    }

    /** Sum of the points each project received (cumulative and scoring ballots). */
    public static Map<String, BigDecimal> points(List<Project> projects, List<BallotChoices> ballots) {
        Map<String, BigDecimal> scores = zeroScores(projects);
        for (BallotChoices ballot : ballots) {
            if (ballot.points().isEmpty() && !ballot.projectIds().isEmpty()) {
                throw new IllegalArgumentException("a points ballot has no points: " + ballot.projectIds());
            }
            for (int i = 0; i < ballot.projectIds().size(); i++) {
                add(scores, ballot.projectIds().get(i), ballot.points().get(i));
            }
        }
        return Collections.unmodifiableMap(scores);
    }

    /**
     * Positional points for ordinal ballots, as Pabulib's {@code score} column counts them (Kraków: 3-2-1):
     * the project ranked first gets {@code topPoints}, the second {@code topPoints - 1}, and so on.
     */
    public static Map<String, BigDecimal> positional(List<Project> projects, List<BallotChoices> ballots, int topPoints) {
        Map<String, BigDecimal> scores = zeroScores(projects);
        for (BallotChoices ballot : ballots) {
            List<String> ranking = ballot.projectIds();
            if (ranking.size() > topPoints) {
                throw new IllegalArgumentException(
                        "an ordinal ballot ranks " + ranking.size() + " projects, more than " + topPoints);
            }
            for (int position = 0; position < ranking.size(); position++) {
                add(scores, ranking.get(position), BigDecimal.valueOf(topPoints - position));
            }
        }
        return Collections.unmodifiableMap(scores);
    }

    private static Map<String, long[]> zeroCounts(List<Project> projects) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        projects.forEach(p -> counts.put(p.id(), new long[1]));
        return counts;
    }

    private static Map<String, BigDecimal> zeroScores(List<Project> projects) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        projects.forEach(p -> scores.put(p.id(), BigDecimal.ZERO));
        return scores;
    }

    private static long[] counter(Map<String, long[]> counts, String id) {
        long[] counter = counts.get(id);
        if (counter == null) {
            throw new IllegalArgumentException("a ballot lists unknown project '" + id + "'");
        }
        return counter;
    }

    private static void add(Map<String, BigDecimal> scores, String id, BigDecimal points) {
        BigDecimal current = scores.get(id);
        if (current == null) {
            throw new IllegalArgumentException("a ballot lists unknown project '" + id + "'");
        }
        scores.put(id, current.add(points));
    }
}
