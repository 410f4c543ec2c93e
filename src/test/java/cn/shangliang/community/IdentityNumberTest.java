package cn.shangliang.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNumberTest {

    // the specimen number of GB 11643-1999
    private static final String SPECIMEN = "11010519491231002X";

    @Test
    void acceptsValidPersonNumbersInAnyCase() {
        assertTrue(IdentityNumber.problem(SPECIMEN, OwnerKind.PERSON).isEmpty());
        assertTrue(IdentityNumber.problem(" 11010519491231002x ", OwnerKind.PERSON).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100XX", "110105194913310027", ""})
    void refusesBadPersonNumbers(String number) {
        assertTrue(IdentityNumber.problem(number, OwnerKind.PERSON).isPresent(), number);
    }

    @Test
    void checksUnifiedSocialCreditCodes() {
        String code = IdentityNumber.withCheck("91440300MA5F00001", OwnerKind.ORGANIZATION);
        assertTrue(IdentityNumber.problem(code, OwnerKind.ORGANIZATION).isEmpty());
        assertTrue(IdentityNumber.problem(code, OwnerKind.DEVELOPER).isEmpty());
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertTrue(IdentityNumber.problem(code.substring(0, 17) + wrong, OwnerKind.ORGANIZATION).isPresent());
        assertTrue(IdentityNumber.problem("91440300MA5F0000I1", OwnerKind.ORGANIZATION).isPresent(), "I is not used");
        assertTrue(IdentityNumber.problem("9144030", OwnerKind.ORGANIZATION).isPresent());
        // a published code (Tencent Technology (Shenzhen))
        assertTrue(IdentityNumber.problem("9144030071526726XG", OwnerKind.ORGANIZATION).isEmpty());
    }

    @Test
    void masksAllButFirstAndLastFour() {
        assertEquals("1101**********002X", IdentityNumber.mask(SPECIMEN));
        assertEquals("1101**********002X", IdentityNumber.mask("11010519491231002x"));
    }

    @Test
    void withCheckCompletesTheSpecimen() {
        assertEquals(SPECIMEN, IdentityNumber.withCheck("11010519491231002", OwnerKind.PERSON));
    }
}
