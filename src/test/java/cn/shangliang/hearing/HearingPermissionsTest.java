package cn.shangliang.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.testsupport.PermissionGrid;
import cn.shangliang.common.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hearing's permission table, and the steps its pages offer by status and role. */
class HearingPermissionsTest {

    /** Columns follow {@link Role} order. */
    private static final String PERMISSIONS = """
                            RES OWN MEM CHA STA SUB SUP
            PLAN             .   .   .   .   x   .   .
            DRAW             .   .   .   .   x   .   .
            RUN_SESSION      .   .   .   .   x   .   .
            PUBLISH_REPORT   .   .   .   .   x   .   .
            CANCEL           .   .   .   .   x   .   .
            APPLY            x   .   .   .   .   .   .
            """;

    /** What staff are offered by status (x); {@code register} and {@code signOff} are offered to everyone. */
    private static final String STAFF_ACTIONS = """
                                 edit announce open close draw session checkIn statements report cancel register signOff
            DRAFT                 x    x        .    .     .    .       .       .          .      x      .        .
            ANNOUNCED             .    .        x    .     .    .       .       .          .      x      .        .
            REGISTRATION_OPEN     .    .        .    x     .    .       .       .          .      x      x        .
            REGISTRATION_CLOSED   .    .        .    .     x    .       .       .          .      x      .        .
            PARTICIPANTS_FIXED    .    .        .    .     .    x       x       .          .      x      .        .
            IN_SESSION            .    .        .    .     .    x       .       x          .      .      .        .
            RECORD_CONFIRMATION   .    .        .    .     .    .       .       .          x      .      .        x
            REPORT_PUBLISHED      .    .        .    .     .    .       .       .          .      .      .        .
            CANCELLED             .    .        .    .     .    .       .       .          .      .      .        .
            """;

    @Test
    void thePermissionTable() {
        PermissionGrid.check(PERMISSIONS, HearingPermissions.Action.class, HearingPermissions.TABLE::allows);
    }

    @Test
    void staffAreOfferedWhatTheWorkflowAllowsNext() {
        List<String> lines = STAFF_ACTIONS.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.strip().split("\\s+");
            HearingStatus status = HearingStatus.valueOf(c[0]);
            HearingActions a = HearingActions.of(status, true);
            List<Boolean> actual = List.of(a.edit(), a.announce(), a.openRegistration(), a.closeRegistration(), a.draw(),
                    a.session(), a.checkIn(), a.recordStatements(), a.publishReport(), a.cancel(), a.register(), a.signOff());
            for (int i = 0; i < actual.size(); i++) {
                assertEquals(c[i + 1].equals("x"), actual.get(i), status + " column " + (i + 1));
            }
            HearingActions visitor = HearingActions.of(status, false);
            assertEquals(new HearingActions(false, false, false, false, false, false, false, false, false, false,
                    a.register(), a.signOff()), visitor, status + " for a visitor who is not staff");
        }
        assertEquals(HearingStatus.values().length, lines.size() - 1);
    }
}
