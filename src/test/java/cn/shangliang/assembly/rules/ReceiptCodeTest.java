package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptCodeTest {

    @Test
    void codesAreFourGroupsOfFourCrockfordCharactersAndDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReceiptCode.generate(random);
            assertEquals(19, code.length());
            assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
            assertTrue(ReceiptCode.isWellFormed(code), code);
            assertTrue(seen.add(code), "repeated " + code);
            for (char c : code.replace("-", "").toCharArray()) {
                used.add(c);
            }
        }
        assertEquals(32, used.size(), "all 32 symbols occur");
        for (char c : "ILOU".toCharArray()) {
            assertFalse(used.contains(c), "never " + c);
        }
    }

    @Test
    void rejectsWhatIsNotACode() {
        assertFalse(ReceiptCode.isWellFormed(null));
        assertFalse(ReceiptCode.isWellFormed("7KQ2M9XD4T1BZR8H"));
        assertFalse(ReceiptCode.isWellFormed("7KQ2-M9XD-4T1B-ZR8"));
        assertFalse(ReceiptCode.isWellFormed("7KQ2-M9XD-4T1B-ZR8U"));
        assertFalse(ReceiptCode.isWellFormed("7kq2-m9xd-4t1b-zr8h"));
    }

    @Test
    void normalizesWhatAnOwnerTypesOrReadsOut() {
        assertEquals("7KQ2-M9XD-4T1B-ZR80", ReceiptCode.normalize("7kq2 m9xd 4tlb zr8o"));
        assertEquals("7KQ2-M9XD-4T1B-ZR81", ReceiptCode.normalize("7KQ2M9XD4TIBZR8L"));
        assertNull(ReceiptCode.normalize("7KQ2-M9XD-4T1B"));
        assertNull(ReceiptCode.normalize("7KQ2-M9XD-4T1B-ZR8U"));
    }
}
