package cn.shangliang.ownercard;

import cn.shangliang.testsupport.PermissionGrid;
import cn.shangliang.common.security.Role;

import cn.shangliang.common.web.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner card's pure rules: its workflow and permission tables, card numbers and PINs. */
class OwnerCardRulesTest {

    /** Every allowed status change; everything else is forbidden. */
    private static final String TRANSITIONS = """
            ACTIVE   -> LOCKED LOST REVOKED REPLACED
            LOCKED   -> ACTIVE LOST REVOKED REPLACED
            LOST     -> REVOKED REPLACED
            REVOKED  ->
            REPLACED ->
            """;

    /** Columns follow {@link Role} order. */
    private static final String PERMISSIONS = """
                          RES OWN MEM CHA STA SUB SUP
            VIEW           .   .   .   .   x   x   x
            ISSUE          .   .   .   .   x   .   .
            UNLOCK         .   .   .   .   x   .   .
            MARK_LOST      .   .   .   .   x   .   .
            REVOKE         .   .   .   .   x   .   .
            REISSUE        .   .   .   .   x   .   .
            USE_OWN_CARD   .   x   .   .   .   .   .
            """;

    static Stream<Arguments> transitions() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TRANSITIONS.lines().toList()) {
            String[] sides = line.split("->");
            OwnerCardStatus from = OwnerCardStatus.valueOf(sides[0].strip());
            Set<String> allowed = Set.of(sides.length > 1 ? sides[1].strip().split("\\s+") : new String[0]);
            for (OwnerCardStatus to : OwnerCardStatus.values()) {
                cells.add(Arguments.of(from, to, allowed.contains(to.name())));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("transitions")
    void theWorkflowTable(OwnerCardStatus from, OwnerCardStatus to, boolean allowed) {
        assertEquals(allowed, OwnerCardWorkflow.allows(from, to));
        if (allowed) {
            OwnerCardWorkflow.check(from, to);
        } else {
            DomainException refusal = assertThrows(DomainException.class, () -> OwnerCardWorkflow.check(from, to));
            assertEquals(409, refusal.status());
            assertEquals("card-state", refusal.code());
        }
    }

    @Test
    void theTablesCoverEveryStatusActionAndRole() {
        assertEquals(OwnerCardStatus.values().length, TRANSITIONS.lines().count());
        assertEquals(CardAction.values().length, PERMISSIONS.lines().count() - 1);
        assertEquals(Role.values().length + 1, PERMISSIONS.lines().skip(1).findFirst().orElseThrow().strip()
                .split("\\s+").length);
    }

    @Test
    void onlyAnActiveCardActsAndLiveCardsBelongToTheirOwner() {
        for (OwnerCardStatus status : OwnerCardStatus.values()) {
            assertEquals(status == OwnerCardStatus.ACTIVE, OwnerCardWorkflow.usable(status), status.name());
        }
        assertEquals(EnumSet.of(OwnerCardStatus.ACTIVE, OwnerCardStatus.LOCKED, OwnerCardStatus.LOST),
                OwnerCardWorkflow.LIVE);
    }

    static Stream<Arguments> permissions() {
        return PermissionGrid.cells(PERMISSIONS, CardAction.class);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("permissions")
    void thePermissionTable(Role role, CardAction action, boolean allowed) {
        assertEquals(allowed, OwnerCardPermissions.allows(role, action));
        assertEquals(allowed, List.of(OwnerCardPermissions.roles(action)).contains(role));
    }

    @Test
    void cardNumbersAreTwelveDigitsWithACheckDigitShownInGroups() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String number = CardNumbers.random(random);
            assertTrue(CardNumbers.wellFormed(number), number);
            assertFalse(number.startsWith("0"));
        }
        assertEquals("1234 5678 9012", CardNumbers.grouped("123456789012"));
        assertEquals("…9012", CardNumbers.tail("123456789012"));
        assertEquals("123456789012", CardNumbers.normalize(" 1234-5678 9012\u3000"));
        assertEquals(null, CardNumbers.normalize("  "));
    }

    @Test
    void theCheckDigitCatchesOneWrongDigitAndSwappedNeighbours() {
        String number = CardNumbers.random(new SecureRandom());
        for (int i = 0; i < number.length(); i++) {
            char[] typo = number.toCharArray();
            typo[i] = (char) ('0' + (typo[i] - '0' + 1) % 10);
            assertFalse(CardNumbers.wellFormed(new String(typo)), "digit " + i);
        }
        assertFalse(CardNumbers.wellFormed("12345678901"));
        assertFalse(CardNumbers.wellFormed("12345678901a"));
        assertEquals(3, CardNumbers.checkDigit("7992739871"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "735194, ''",
            "204816, ''",
            "123456, field.card.pin-sequence",
            "654321, field.card.pin-sequence",
            "888888, field.card.pin-same-digits",
            "12345, field.card.pin-digits",
            "1234567, field.card.pin-digits",
            "12a456, field.card.pin-digits",
            "'', field.card.pin-digits"})
    void pinRules(String pin, String problem) {
        Optional<String> found = PinRules.problem(pin);
        if (problem.isEmpty()) {
            assertEquals(Optional.empty(), found);
        } else {
            assertEquals(Optional.of(problem), found);
        }
    }

    @Test
    void randomPinsAreSixDigitsAndNeverWeak() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String pin = PinRules.random(random);
            assertEquals(Optional.empty(), PinRules.problem(pin), pin);
        }
        assertTrue(PinRules.problem(null).isPresent());
    }
}
