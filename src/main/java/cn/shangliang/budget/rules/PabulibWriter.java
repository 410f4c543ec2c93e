package cn.shangliang.budget.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an election as a Pabulib {@code .pb} file: UTF-8 without byte-order mark, {@code \n} line ends,
 * the columns in the order of the election's headers, a field quoted only when it holds {@code ;} or
 * {@code "}. Numbers are written exactly as parsed ({@code BigDecimal.toPlainString}).
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void write(PabulibElection election, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(election, out);
        }
    }

    public static String toString(PabulibElection election) {
        StringWriter out = new StringWriter();
        try {
            write(election, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(PabulibElection election, Writer out) throws IOException {
        out.write("META\n");
        line(out, List.of("key", "value"));
        for (Map.Entry<String, String> entry : election.meta().entrySet()) {
            line(out, List.of(entry.getKey(), entry.getValue()));
        }
        out.write("PROJECTS\n");
        line(out, election.projectColumns());
        for (PabulibProject project : election.projects()) {
            List<String> fields = new ArrayList<>(election.projectColumns().size());
            for (String column : election.projectColumns()) {
                fields.add(projectField(project, column));
            }
            line(out, fields);
        }
        out.write("VOTES\n");
        line(out, election.voteColumns());
        for (PabulibBallot ballot : election.ballots()) {
            List<String> fields = new ArrayList<>(election.voteColumns().size());
            for (String column : election.voteColumns()) {
                fields.add(ballotField(ballot, column));
            }
            line(out, fields);
        }
    }

    private static String projectField(PabulibProject project, String column) {
        return switch (column) {
            case "project_id" -> project.id();
            case "cost" -> project.cost().toPlainString();
            case "votes" -> project.votes() == null ? "" : project.votes().toString();
            case "score" -> project.score() == null ? "" : project.score().toPlainString();
            case "name" -> project.name() == null ? "" : project.name();
            case "selected" -> project.selected() == null ? "" : project.selected().toString();
            default -> project.extra().getOrDefault(column, "");
        };
    }

    private static String ballotField(PabulibBallot ballot, String column) {
        return switch (column) {
            case "voter_id" -> ballot.voterId();
            case "vote" -> String.join(",", ballot.vote());
            case "points" -> ballot.points().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
            default -> ballot.extra().getOrDefault(column, "");
        };
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        out.write(PabulibCsv.join(fields));
        out.write('\n');
    }
}
