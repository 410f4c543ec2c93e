package cn.shangliang.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.testsupport.PermissionGrid;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision's workflow as tables: its status changes, and which step each status and phase allows. */
class DecisionWorkflowTest {

    /** Every allowed status change; everything else is forbidden. */
    private static final String TRANSITIONS = """
            DRAFT     -> PUBLISHED CANCELLED
            PUBLISHED -> CLOSED CANCELLED
            CLOSED    ->
            CANCELLED ->
            """;

    /** The refusal code of each step by status ({@code ok} when allowed); extend is shown before the close. */
    private static final String STEPS = """
                      edit        publish     extend          cancel           close         recount                     turnout
            DRAFT     ok          ok          not-extendable  ok               not-closable  assembly.recount.not-closed ok
            PUBLISHED not-draft   not-draft   ok              ok               ok            assembly.recount.not-closed ok
            CLOSED    not-draft   not-draft   not-extendable  not-cancellable  not-closable  ok                          ok
            CANCELLED not-draft   not-draft   not-extendable  not-cancellable  not-closable  assembly.recount.not-closed cancelled
            """;

    /** What staff may record by phase: deliveries (by status), proxy ballots, paper and mandates (provisional count). */
    private static final String RECORDING = """
                      proxyBallot staffRecords staffRecordsProvisional
            DRAFT     .           .            .
            NOTICE    .           .            .
            VOTING    x           x            x
            COUNTING  .           x            x
            CLOSED    .           .            x
            CANCELLED .           .            .
            """;

    static Stream<Arguments> transitions() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TRANSITIONS.lines().toList()) {
            String[] sides = line.split("->");
            DecisionStatus from = DecisionStatus.valueOf(sides[0].strip());
            Set<String> allowed = Set.of(sides.length > 1 ? sides[1].strip().split("\\s+") : new String[0]);
            for (DecisionStatus to : DecisionStatus.values()) {
                cells.add(Arguments.of(from, to, allowed.contains(to.name())));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("transitions")
    void theTransitionTable(DecisionStatus from, DecisionStatus to, boolean allowed) {
        assertEquals(allowed, DecisionWorkflow.TRANSITIONS.allows(from, to));
    }

    @Test
    void eachStepRefusesWithItsCode() {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");
        Instant later = now.plusSeconds(3600);
        List<String> lines = STEPS.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            DecisionStatus s = DecisionStatus.valueOf(cells[0]);
            List<List<RuleViolation>> actual = List.of(DecisionWorkflow.checkEdit(s), DecisionWorkflow.checkPublish(s),
                    DecisionWorkflow.checkExtend(s, now, later), DecisionWorkflow.checkCancel(s),
                    DecisionWorkflow.checkClose(s), DecisionWorkflow.checkRecount(s), DecisionWorkflow.checkTurnout(s));
            for (int i = 0; i < actual.size(); i++) {
                String expected = cells[i + 1];
                String got = actual.get(i).isEmpty() ? "ok" : actual.get(i).get(0).code();
                assertEquals(expected, got, s + " column " + (i + 1));
                actual.get(i).forEach(v -> assertEquals(RuleViolation.Kind.CONFLICT, v.kind()));
            }
        }
        assertEquals(DecisionStatus.values().length, lines.size() - 1);
    }

    @Test
    void aWindowThatHasEndedIsNotExtended() {
        Instant closes = Instant.parse("2026-05-01T00:00:00Z");
        assertEquals("not-extendable", DecisionWorkflow.checkExtend(DecisionStatus.PUBLISHED, closes, closes).get(0).code());
    }

    @Test
    void recordingByPhase() {
        List<String> lines = RECORDING.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            Phase p = Phase.valueOf(cells[0]);
            assertEquals(cells[1].equals("x"), DecisionWorkflow.takesProxyBallots(p), p + " proxy ballot");
            assertEquals(cells[2].equals("x"), DecisionWorkflow.takesStaffRecords(p, false), p + " staff records");
            assertEquals(cells[3].equals("x"), DecisionWorkflow.takesStaffRecords(p, true), p + " after a provisional count");
        }
        assertEquals(Phase.values().length, lines.size() - 1);
    }

    @Test
    void whoSeesWhatByStatus() {
        for (DecisionStatus s : DecisionStatus.values()) {
            assertEquals(s != DecisionStatus.DRAFT, DecisionWorkflow.isPublic(s), s + " public");
            assertEquals(s == DecisionStatus.CLOSED, DecisionWorkflow.isCounted(s), s + " counted");
            assertEquals(s == DecisionStatus.PUBLISHED, DecisionWorkflow.recordsDeliveries(s), s + " deliveries");
            assertEquals(s == DecisionStatus.PUBLISHED || s == DecisionStatus.CLOSED,
                    DecisionWorkflow.resolvesConflicts(s), s + " conflicts");
        }
    }

    /** Columns follow {@link Role} order. */
    private static final String PERMISSIONS = """
                          RES OWN MEM CHA STA SUB SUP
            MANAGE         .   .   .   .   x   .   .
            RECORD         .   .   .   .   x   .   .
            VOTE           .   x   .   .   .   .   .
            SEE_DELIVERY   .   .   .   .   x   x   x
            """;

    /** What a decision's page offers staff by status (x), a counted result where the status has one. */
    private static final String STAFF_ACTIONS = """
                      edit publish extend close records recount cancel
            DRAFT      x    x       .      .     .       .       x
            PUBLISHED  .    .       x      x     x       .       x
            CLOSED     .    .       .      .     x       x       .
            CANCELLED  .    .       .      .     .       .       .
            """;

    @Test
    void thePermissionTable() {
        PermissionGrid.check(PERMISSIONS, AssemblyPermissions.Action.class, AssemblyPermissions.TABLE::allows);
    }

    @Test
    void thePageOffersWhatTheWorkflowAllows() {
        List<String> lines = STAFF_ACTIONS.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.strip().split("\\s+");
            DecisionStatus s = DecisionStatus.valueOf(c[0]);
            DecisionActions a = DecisionActions.of(s, Phase.VOTING, true, s == DecisionStatus.CLOSED);
            List<Boolean> actual = List.of(a.edit(), a.publish(), a.extend(), a.close(), a.records(), a.recount(), a.cancel());
            for (int i = 0; i < actual.size(); i++) {
                assertEquals(c[i + 1].equals("x"), actual.get(i), s + " column " + (i + 1));
            }
            assertEquals(new DecisionActions(false, false, false, false, false, false, false, true),
                    DecisionActions.of(s, Phase.VOTING, false, s == DecisionStatus.CLOSED), s + " for an owner");
        }
        for (Phase p : Phase.values()) {
            assertEquals(p == Phase.VOTING, DecisionActions.of(DecisionStatus.PUBLISHED, p, false, false).vote(), p + " vote");
        }
    }
}
