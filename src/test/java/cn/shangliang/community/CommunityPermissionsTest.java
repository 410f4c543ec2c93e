package cn.shangliang.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The community model's permission table. */
class CommunityPermissionsTest {

    /** Columns follow {@link Role} order. */
    private static final String PERMISSIONS = """
                              RES OWN MEM CHA STA SUB SUP
            READ               .   .   .   .   x   x   x
            EDIT               .   .   .   .   x   x   .
            EDIT_SUBDISTRICT   .   .   .   .   .   x   .
            """;

    @Test
    void thePermissionTable() {
        List<String> lines = PERMISSIONS.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            CommunityPermissions.Action action = CommunityPermissions.Action.valueOf(cells[0]);
            for (Role role : Role.values()) {
                assertEquals(cells[role.ordinal() + 1].equals("x"), CommunityPermissions.TABLE.allows(role, action),
                        action + " by " + role);
            }
        }
        assertEquals(CommunityPermissions.Action.values().length, lines.size() - 1);
        assertEquals(Role.values().length, lines.get(0).strip().split("\\s+").length);
    }
}
