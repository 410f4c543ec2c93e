package cn.shangliang.testsupport;

import cn.shangliang.common.security.Role;
import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A feature's permission table written as a grid, the way every feature's permissions test states it: a header
 * of role columns in {@link Role} order, then one row per action, {@code x} where the role may act, {@code .} where
 * it may not.
 */
public final class PermissionGrid {

    private PermissionGrid() {
    }

    /** Every cell of the grid as (role, action, allowed), for a parameterized test. */
    public static <A extends Enum<A>> Stream<Arguments> cells(String grid, Class<A> actions) {
        List<Arguments> cells = new ArrayList<>();
        for (String row : grid.lines().skip(1).toList()) {
            String[] cols = row.strip().split("\\s+");
            for (Role role : Role.values()) {
                cells.add(Arguments.of(role, Enum.valueOf(actions, cols[0]), cols[role.ordinal() + 1].equals("x")));
            }
        }
        return cells.stream();
    }

    /** Every cell agrees with {@code allows}, every action has its row and every role its column. */
    public static <A extends Enum<A>> void check(String grid, Class<A> actions, BiPredicate<Role, A> allows) {
        List<String> lines = grid.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            A action = Enum.valueOf(actions, cells[0]);
            for (Role role : Role.values()) {
                assertEquals(cells[role.ordinal() + 1].equals("x"), allows.test(role, action), action + " by " + role);
            }
        }
        assertEquals(actions.getEnumConstants().length, lines.size() - 1);
        assertEquals(Role.values().length, lines.get(0).strip().split("\\s+").length);
    }
}
