package cn.shangliang.community.roster;

import cn.shangliang.common.i18n.ErrorTexts;
import cn.shangliang.common.rules.Labelled;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why one line of a roster file was refused (line 1 is the header): every reason found on it, rendered in the
 * reader's language where it is shown. A {@link Labelled} so that an error text can take it as an argument.
 */
public record RowError(int line, List<RosterReason> reasons) implements Comparable<RowError>, Labelled {

    public RowError {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public RowError(int line, RosterReason reason) {
        this(line, List.of(reason));
    }

    /** The reasons in {@code language}, one after the other. */
    public String reason(String language) {
        return reasons.stream().map(r -> r.text(language))
                .collect(Collectors.joining(ErrorTexts.text("roster.reason-separator", language)));
    }

    /** The reasons in Chinese, as staff read them in the stored job and the logs. */
    @JsonIgnore
    public String reason() {
        return reason("zh");
    }

    @Override
    public String label(String language) {
        return reason(language);
    }

    @Override
    @JsonIgnore
    public String label() {
        return reason();
    }

    @Override
    public int compareTo(RowError other) {
        return Integer.compare(line, other.line);
    }
}
