package cn.shangliang.community.roster;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;

import java.util.List;

/**
 * A roster with bad rows: nothing was imported; every bad row is listed with its line number, its reasons in
 * the reader's language (the row is the argument of {@code roster.row}).
 */
public class RosterRejected extends DomainException {

    private final List<RowError> rows;

    public RosterRejected(List<RowError> rows) {
        super(400, "roster-invalid", RuleViolation.invalid("roster-invalid", rows.size()),
                rows.stream().map(r -> FieldError.of("line " + r.line(), "roster.row", r)).toList());
        this.rows = List.copyOf(rows);
    }

    public List<RowError> rows() {
        return rows;
    }
}
