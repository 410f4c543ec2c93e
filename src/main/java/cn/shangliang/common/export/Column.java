package cn.shangliang.common.export;

/** One column of an export: its heading in the visitor's language and how its values are written. */
public record Column(String heading, ColumnKind kind) {

    public static Column text(String heading) {
        return new Column(heading, ColumnKind.TEXT);
    }

    public static Column id(String heading) {
        return new Column(heading, ColumnKind.IDENTIFIER);
    }

    public static Column number(String heading) {
        return new Column(heading, ColumnKind.NUMBER);
    }

    public static Column time(String heading) {
        return new Column(heading, ColumnKind.TIME);
    }
}
