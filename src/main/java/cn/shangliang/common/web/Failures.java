package cn.shangliang.common.web;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure reading of exceptions: which ones mean "the database is down", which text a failed conversion had. */
public final class Failures {

    private static final Pattern INPUT = Pattern.compile("For input string: \"([^\"]*)\"");

    private Failures() {
    }

    /**
     * Whether the database could not be reached (refused connection, pool timeout, lost connection): the request
     * is answered 503, not 404 or 500. Agroal and Hibernate wrap these; the cause chain is searched.
     */
    public static boolean databaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /** The text that a number conversion refused ({@code ?page=abc} gives "abc"). */
    public static Optional<String> refusedInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                Matcher m = INPUT.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
