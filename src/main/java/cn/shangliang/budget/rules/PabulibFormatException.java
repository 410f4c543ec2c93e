package cn.shangliang.budget.rules;

/** A malformed Pabulib file; the message starts with the 1-based line where the problem was found. */
public class PabulibFormatException extends RuntimeException {

    private final int line;
    private final String problem;

    public PabulibFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    /** The message without the line prefix. */
    public String problem() {
        return problem;
    }
}
