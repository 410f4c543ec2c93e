package cn.shangliang.community;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.PermissionGrid;
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
        PermissionGrid.check(PERMISSIONS, CommunityPermissions.Action.class, CommunityPermissions.TABLE::allows);
    }
}
