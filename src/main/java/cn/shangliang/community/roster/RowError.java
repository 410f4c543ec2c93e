package cn.shangliang.community.roster;

/** Why one line of a roster file was refused; line 1 is the header. */
public record RowError(int line, String reason) implements Comparable<RowError> {

    @Override
    public int compareTo(RowError other) {
        return Integer.compare(line, other.line);
    }
}
