package cn.shangliang.community.roster;

import cn.shangliang.common.web.DomainException;

import java.util.List;

/** A roster with bad rows: nothing was imported; every bad row is listed with its line number. */
public class RosterRejected extends DomainException {

    private final List<RowError> rows;

    public RosterRejected(List<RowError> rows) {
        super(400, "roster-invalid", "花名册有 " + rows.size() + " 处错误，未导入任何数据。请修改后重新上传。",
                rows.stream().map(r -> new FieldError("line " + r.line(), r.reason())).toList());
        this.rows = List.copyOf(rows);
    }

    public List<RowError> rows() {
        return rows;
    }
}
