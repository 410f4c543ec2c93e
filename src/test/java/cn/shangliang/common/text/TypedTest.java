package cn.shangliang.common.text;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.ownercard.CardNumbers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: full-width digits typed with a Chinese input method are the same digits everywhere. */
class TypedTest {

    @Test
    void fullWidthDigitsLettersAndSpacesBecomeAscii() {
        assertEquals("8000 1234", Typed.normalize("８０００　１２３４"));
        assertEquals("44X", Typed.normalize("４４Ｘ"));
        assertEquals("张三", Typed.normalize("张三"));
        assertEquals(null, Typed.normalize(null));
    }

    @Test
    void cardNumbersAndIdentityNumbersTypedFullWidthAreTheSameNumber() {
        assertEquals("800012345678", CardNumbers.normalize("８０００ １２３４－５６７８"));
        String id = IdentityNumber.withCheck("44030519800101123", OwnerKind.PERSON);
        StringBuilder wide = new StringBuilder();
        id.chars().forEach(c -> wide.append((char) (c - '!' + '！')));
        assertEquals(id, IdentityNumber.normalize(wide.toString()));
        assertTrue(IdentityNumber.problem(wide.toString(), OwnerKind.PERSON).isEmpty());
    }
}
