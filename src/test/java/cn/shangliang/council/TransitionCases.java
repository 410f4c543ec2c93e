package cn.shangliang.council;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Turns a workflow's expected table, written as lines like {@code "DRAFT -> AGENDA_PUBLISHED, CANCELLED"},
 * into test cases: every listed pair, and every pair not listed (so "forbidden" is complete, not a sample).
 */
public final class TransitionCases {
    private TransitionCases() {
    }

    public static <S extends Enum<S>> Stream<Arguments> allowed(Class<S> type, String... table) {
        return pairs(type, table).stream().map(pair -> Arguments.of(pair.get(0), pair.get(1)));
    }

    public static <S extends Enum<S>> Stream<Arguments> forbidden(Class<S> type, String... table) {
        List<List<S>> allowed = pairs(type, table);
        List<Arguments> forbidden = new ArrayList<>();
        for (S from : EnumSet.allOf(type)) {
            for (S to : EnumSet.allOf(type)) {
                if (!allowed.contains(List.of(from, to))) {
                    forbidden.add(Arguments.of(from, to));
                }
            }
        }
        return forbidden.stream();
    }

    private static <S extends Enum<S>> List<List<S>> pairs(Class<S> type, String... table) {
        List<List<S>> pairs = new ArrayList<>();
        for (String line : table) {
            String[] sides = line.split("->");
            S from = Enum.valueOf(type, sides[0].strip());
            for (String to : sides[1].split(",")) {
                pairs.add(List.of(from, Enum.valueOf(type, to.strip())));
            }
        }
        return pairs;
    }
}
