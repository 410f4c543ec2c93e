package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed Pabulib file (pabulib.org), immutable.
 *
 * @param meta           META keys and values in file order
 * @param projectColumns the PROJECTS header, so a written file keeps its columns
 * @param voteColumns    the VOTES header
 */
public record PabulibElection(Map<String, String> meta, List<String> projectColumns, List<PabulibProject> projects,
        List<String> voteColumns, List<PabulibBallot> ballots) {

    public PabulibElection {
        Objects.requireNonNull(meta.get("budget"), "META budget");
        Objects.requireNonNull(meta.get("vote_type"), "META vote_type");
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projects = List.copyOf(projects);
        voteColumns = List.copyOf(voteColumns);
        ballots = List.copyOf(ballots);
    }

    public BigDecimal budget() {
        return new BigDecimal(meta.get("budget"));
    }

    public VoteType voteType() {
        return VoteType.fromPabulib(meta.get("vote_type"));
    }

    /** META {@code rule}, e.g. "greedy" or "equalshares/add1"; null if the file does not say. */
    public String rule() {
        return meta.get("rule");
    }

    /** Ids whose {@code selected} is 1 or more, sorted as strings. */
    public Set<String> selectedIds() {
        Set<String> ids = new TreeSet<>();
        for (PabulibProject project : projects) {
            if (project.selected() != null && project.selected() >= 1) {
                ids.add(project.id());
            }
        }
        return ids;
    }

    /**
     * The input the selection rules take. The ranking key is the file's {@code score} column if every
     * project has one, else its {@code votes} column, else a recount from the ballots ({@link Scores}).
     */
    public SelectionInput toSelectionInput() {
        List<Project> plain = projects.stream().map(PabulibProject::toProject).toList();
        List<BallotChoices> plainBallots = ballots.stream().map(PabulibBallot::toChoices).toList();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (projects.stream().allMatch(p -> p.score() != null)) {
            projects.forEach(p -> scores.put(p.id(), p.score()));
        } else if (projects.stream().allMatch(p -> p.votes() != null)) {
            projects.forEach(p -> scores.put(p.id(), BigDecimal.valueOf(p.votes())));
        } else {
            String maxLength = meta.get("max_length");
            scores.putAll(Scores.of(voteType(), plain, plainBallots,
                    maxLength == null ? null : Integer.valueOf(maxLength.trim())));
        }
        return new SelectionInput(budget(), voteType(), plain, plainBallots, scores);
    }
}
