package cn.shangliang.community.roster;

import cn.shangliang.common.i18n.ErrorTexts;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a roster row (or the file) was refused, stored with a finished job and rendered in the reader's language
 * where it is shown: a code of the errors bundle ({@code roster.*}) and its arguments. {@code column}, when
 * given, is the first argument, named by its header in the reader's language; {@code coOwner} names the co-owner
 * of the row the reason is about ("共有人王五的…").
 */
public record RosterReason(String code, List<String> args, RosterColumn column, String coOwner) {

    /** Separates the items of an argument that is a list ({@link #list}), joined as the reader's language does. */
    private static final String ITEMS = "\u001F";

    public RosterReason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RosterReason of(String code, Object... args) {
        return new RosterReason(code, strings(args), null, null);
    }

    /** A reason about a cell of {@code column}. */
    public static RosterReason about(RosterColumn column, String code, Object... args) {
        return new RosterReason(code, strings(args), column, null);
    }

    /** The same reason, about the co-owner {@code name}. */
    RosterReason ofCoOwner(String name) {
        return new RosterReason(code, args, column, name);
    }

    /** An argument that lists {@code items} (the sheets of a file). */
    static String list(List<String> items) {
        return String.join(ITEMS, items);
    }

    public String text(String language) {
        List<Object> shown = new ArrayList<>();
        if (column != null) {
            shown.add("en".equals(language) ? column.english() : column.chinese());
        }
        String separator = ErrorTexts.text("roster.list-separator", language);
        args.forEach(a -> shown.add(a.replace(ITEMS, separator)));
        String text = ErrorTexts.text(code, language, shown.toArray());
        if (text == null) {
            text = code;
        }
        return coOwner == null ? text : ErrorTexts.text("roster.co-owner", language, coOwner, text);
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
