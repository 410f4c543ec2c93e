package cn.shangliang.community;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Role;


/**
 * Who may see and change the community model (places, owners, units, the roster), as a table of roles held in
 * the place's scope: staff of the community and the subdistrict's admin edit, supervisors read along, and only
 * the subdistrict's admin adds communities to the subdistrict.
 */
public final class CommunityPermissions {

    public enum Action {
        /** See a community or estate, its owners, units and roster. */
        READ,
        /** Change them: details, owners, units, roster imports and exports, residents. */
        EDIT,
        /** Add a community to the subdistrict. */
        EDIT_SUBDISTRICT
    }

    public static final PermissionTable<Action> TABLE = PermissionTable.builder(Action.class)
            .allow(Action.READ, Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN, Role.SUPERVISOR)
            .allow(Action.EDIT, Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN)
            .allow(Action.EDIT_SUBDISTRICT, Role.SUBDISTRICT_ADMIN)
            .build();

    private CommunityPermissions() {
    }
}
