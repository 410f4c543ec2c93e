package cn.shangliang.budget.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Pabulib {@code .pb} file: UTF-8 with an optional byte-order mark, sections META, PROJECTS and
 * VOTES in that order, each a section line, a header and {@code ;}-separated rows (see
 * {@link PabulibCsv}). Blank lines are ignored. Reads line by line, so 4 MB files parse in well under a
 * second. Anything malformed throws {@link PabulibFormatException} with the line it was found on.
 */
public final class PabulibParser {

    private enum Section { NONE, META, PROJECTS, VOTES }

    private final BufferedReader reader;
    private Section section = Section.NONE;
    private boolean expectHeader;
    private int lineNumber;
    private int metaLine;

    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLines = new HashMap<>();
    private VoteType voteType;

    private List<String> projectColumns;
    private final List<PabulibProject> projects = new ArrayList<>();
    private final Map<String, Integer> projectLines = new HashMap<>();
    /** Ballots reuse the project's own id string, which saves memory on 90,000-ballot files. */
    private final Map<String, String> projectIds = new HashMap<>();

    private List<String> voteColumns;
    private final List<PabulibBallot> ballots = new ArrayList<>();
    private final Map<String, Integer> voterLines = new HashMap<>();

    private PabulibParser(BufferedReader reader) {
        this.reader = reader;
    }

    public static PabulibElection parse(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PabulibParser(in).read();
        }
    }

    public static PabulibElection parse(InputStream in) throws IOException {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static PabulibElection parse(Reader in) throws IOException {
        return new PabulibParser(in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16)).read();
    }

    public static PabulibElection parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PabulibElection read() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            Section next = sectionOf(line);
            if (next != null) {
                enter(next);
            } else if (section == Section.NONE) {
                throw error("expected section META, found '" + abbreviate(line) + "'");
            } else if (expectHeader) {
                header(PabulibCsv.split(line, lineNumber));
                expectHeader = false;
            } else {
                row(PabulibCsv.split(line, lineNumber));
            }
        }
        if (expectHeader) {
            throw error("section " + section + " has no header");
        }
        if (section != Section.VOTES) {
            throw new PabulibFormatException(Math.max(lineNumber, 1),
                    "missing section " + Section.values()[section.ordinal() + 1] + " (file ends here)");
        }
        return new PabulibElection(meta, projectColumns, projects, voteColumns, ballots);
    }

    private static Section sectionOf(String line) {
        String word = line.strip();
        if (word.length() > 8) {
            return null;
        }
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "META" -> Section.META;
            case "PROJECTS" -> Section.PROJECTS;
            case "VOTES" -> Section.VOTES;
            default -> null;
        };
    }

    private void enter(Section next) {
        if (expectHeader) {
            throw error("section " + section + " has no header");
        }
        Section expected = section == Section.VOTES ? null : Section.values()[section.ordinal() + 1];
        if (next != expected) {
            throw error(next.ordinal() <= section.ordinal()
                    ? "section " + next + " appears again"
                    : "missing section " + expected + " before " + next);
        }
        if (next == Section.META) {
            metaLine = lineNumber;
        }
        if (next == Section.PROJECTS) {
            checkMeta();
        }
        section = next;
        expectHeader = true;
    }

    private void checkMeta() {
        if (!meta.containsKey("budget")) {
            throw new PabulibFormatException(metaLine, "META has no budget");
        }
        if (!meta.containsKey("vote_type")) {
            throw new PabulibFormatException(metaLine, "META has no vote_type");
        }
    }

    private void header(List<String> fields) {
        List<String> columns = fields.stream().map(String::strip).toList();
        if (columns.stream().distinct().count() != columns.size()) {
            throw error("duplicate column name in " + section + " header " + columns);
        }
        switch (section) {
            case META -> {
                if (columns.size() != 2) {
                    throw error("META header must have 2 columns (key;value), found " + columns.size());
                }
            }
            case PROJECTS -> {
                require(columns, "project_id");
                require(columns, "cost");
                projectColumns = columns;
            }
            case VOTES -> {
                require(columns, "voter_id");
                require(columns, "vote");
                if ((voteType == VoteType.CUMULATIVE || voteType == VoteType.SCORING) && !columns.contains("points")) {
                    throw error(voteType.pabulibName() + " ballots need a points column");
                }
                voteColumns = columns;
            }
            default -> throw new IllegalStateException(section.name());
        }
    }

    private void require(List<String> columns, String column) {
        if (!columns.contains(column)) {
            throw error(section + " header has no " + column + " column");
        }
    }

    private void row(List<String> fields) {
        switch (section) {
            case META -> metaRow(fields);
            case PROJECTS -> projectRow(fields);
            case VOTES -> ballotRow(fields);
            default -> throw new IllegalStateException(section.name());
        }
    }

    private void metaRow(List<String> fields) {
        checkColumnCount(fields, 2);
        String key = fields.get(0).strip();
        String value = fields.get(1).strip();
        if (key.isEmpty()) {
            throw error("empty META key");
        }
        Integer first = metaLines.putIfAbsent(key, lineNumber);
        if (first != null) {
            throw error("duplicate META key '" + key + "' (first at line " + first + ")");
        }
        switch (key) {
            case "budget" -> decimal(value, "budget");
            case "min_project_score_threshold" -> decimal(value, "min_project_score_threshold");
            case "vote_type" -> {
                try {
                    voteType = VoteType.fromPabulib(value);
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage());
                }
            }
            default -> {
            }
        }
        meta.put(key, value);
    }

    private void projectRow(List<String> fields) {
        checkColumnCount(fields, projectColumns.size());
        String id = null;
        BigDecimal cost = null;
        Long votes = null;
        BigDecimal score = null;
        String name = null;
        Integer selected = null;
        Map<String, String> extra = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String column = projectColumns.get(i);
            String value = fields.get(i);
            String trimmed = value.strip();
            switch (column) {
                case "project_id" -> id = trimmed;
                case "cost" -> cost = decimal(trimmed, "cost");
                case "votes" -> votes = trimmed.isEmpty() ? null : integer(trimmed, "votes");
                case "score" -> score = trimmed.isEmpty() ? null : decimal(trimmed, "score");
                case "name" -> name = value;
                case "selected" -> selected = trimmed.isEmpty() ? null : Math.toIntExact(integer(trimmed, "selected"));
                default -> extra.put(column, value);
            }
        }
        if (id.isEmpty()) {
            throw error("empty project_id");
        }
        Integer first = projectLines.putIfAbsent(id, lineNumber);
        if (first != null) {
            throw error("duplicate project id '" + id + "' (first at line " + first + ")");
        }
        projectIds.put(id, id);
        projects.add(new PabulibProject(id, cost, votes, score, name, selected, extra));
    }

    private void ballotRow(List<String> fields) {
        checkColumnCount(fields, voteColumns.size());
        String voterId = null;
        List<String> vote = List.of();
        String points = "";
        Map<String, String> extra = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String column = voteColumns.get(i);
            switch (column) {
                case "voter_id" -> voterId = fields.get(i).strip();
                case "vote" -> vote = projectList(fields.get(i));
                case "points" -> points = fields.get(i).strip();
                default -> extra.put(column, fields.get(i));
            }
        }
        if (voterId.isEmpty()) {
            throw error("empty voter_id");
        }
        Integer first = voterLines.putIfAbsent(voterId, lineNumber);
        if (first != null) {
            throw error("duplicate voter_id '" + voterId + "' (first at line " + first + ")");
        }
        ballots.add(new PabulibBallot(voterId, vote, pointList(points, vote.size()), extra));
    }

    private List<String> projectList(String cell) {
        String list = cell.strip();
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(8);
        int start = 0;
        while (start <= list.length()) {
            int comma = list.indexOf(',', start);
            int end = comma < 0 ? list.length() : comma;
            String id = list.substring(start, end).strip();
            if (id.isEmpty()) {
                throw error("empty project id in vote '" + list + "'");
            }
            String known = projectIds.get(id);
            if (known == null) {
                throw error("vote for unknown project '" + id + "'");
            }
            if (ids.contains(known)) {
                throw error("project '" + id + "' appears twice in one vote");
            }
            ids.add(known);
            start = end + 1;
        }
        return ids;
    }

    private List<BigDecimal> pointList(String cell, int voteCount) {
        if (cell.isEmpty()) {
            if (voteCount > 0 && (voteType == VoteType.CUMULATIVE || voteType == VoteType.SCORING)) {
                throw error("a " + voteType.pabulibName() + " ballot has no points");
            }
            return List.of();
        }
        List<BigDecimal> points = new ArrayList<>(voteCount);
        for (String value : cell.split(",", -1)) {
            points.add(decimal(value.strip(), "points"));
        }
        if (points.size() != voteCount) {
            throw error("vote lists " + voteCount + " projects but points has " + points.size() + " values");
        }
        return points;
    }

    private void checkColumnCount(List<String> fields, int expected) {
        if (fields.size() != expected) {
            throw error("wrong column count in " + section + ": expected " + expected + ", found " + fields.size());
        }
    }

    private BigDecimal decimal(String value, String what) {
        return PabulibNumbers.decimal(value, what, lineNumber);
    }

    private long integer(String value, String what) {
        return PabulibNumbers.integer(value, what, lineNumber);
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    private PabulibFormatException error(String problem) {
        return new PabulibFormatException(lineNumber, problem);
    }
}
