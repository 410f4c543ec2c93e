package cn.shangliang.council;

import cn.shangliang.testsupport.PermissionGrid;
import cn.shangliang.common.security.Role;

import cn.shangliang.common.security.Actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CouncilPermissionsTest {
    /** The whole table, one row per action; columns follow {@link Role} order. */
    private static final String GRID = """
                                RES OWN MEM CHA STA SUB SUP
            SCHEDULE_MEETING     .   .   .   x   x   .   .
            PUBLISH_AGENDA       .   .   .   x   x   .   .
            CANCEL_MEETING       .   .   .   x   x   .   .
            OPEN_MEETING         .   .   .   x   x   .   .
            CHECK_IN             .   .   x   x   .   .   .
            RECORD_ATTENDANCE    .   .   .   x   x   .   .
            RECORD_DELIBERATION  .   .   .   x   x   .   .
            RECORD_VOTE          .   .   .   x   x   .   .
            CLOSE_MEETING        .   .   .   x   x   .   .
            CONFIRM_MINUTES      .   .   .   x   .   .   .
            PUBLISH_MINUTES      .   .   .   x   x   .   .
            MANAGE_MEMBERS       .   .   .   .   x   x   .
            ASSIGN_FOLLOW_UP     .   .   .   x   x   .   .
            UPDATE_FOLLOW_UP     .   .   .   x   x   .   .
            RATE_FOLLOW_UP       x   x   x   x   .   .   .
            VIEW_RECORDS         .   .   x   x   x   x   x
            """;

    static Stream<Arguments> table() {
        return PermissionGrid.cells(GRID, CouncilAction.class);
    }

    @Test
    void theGridCoversEveryActionAndRole() {
        assertEquals(CouncilAction.values().length, GRID.lines().count() - 1);
        assertEquals(Role.values().length + 1, GRID.lines().skip(1).findFirst().orElseThrow().strip().split("\\s+").length);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("table")
    void eachRoleAndAction(Role role, CouncilAction action, boolean allowed) {
        assertEquals(allowed, CouncilPermissions.allows(role, action));
        assertEquals(allowed, CouncilPermissions.rolesAllowed(action).contains(role));
    }

    @Test
    void oversightRolesChangeNothingOfAMeeting() {
        for (CouncilAction action : CouncilAction.values()) {
            if (action != CouncilAction.VIEW_RECORDS && action != CouncilAction.MANAGE_MEMBERS) {
                assertFalse(CouncilPermissions.allows(Role.SUPERVISOR, action), action.name());
                assertFalse(CouncilPermissions.allows(Role.SUBDISTRICT_ADMIN, action), action.name());
            }
        }
    }

    @Test
    void anActorMayActIfAnyOfTheirRolesMay() {
        Actor memberWhoLivesHere = new Actor(7, EnumSet.of(Role.RESIDENT, Role.COUNCIL_MEMBER));
        assertTrue(CouncilPermissions.allows(memberWhoLivesHere, CouncilAction.CHECK_IN));
        assertTrue(CouncilPermissions.allows(memberWhoLivesHere, CouncilAction.RATE_FOLLOW_UP));
        assertFalse(CouncilPermissions.allows(memberWhoLivesHere, CouncilAction.RECORD_VOTE));
        assertFalse(CouncilPermissions.allows(new Actor(8, Set.of()), CouncilAction.VIEW_RECORDS));
    }
}
