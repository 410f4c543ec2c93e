package cn.shangliang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.text.SearchText;
import org.junit.jupiter.api.Test;

/** Folding and the character pairs the comment index is built from. */
class SearchTextTest {

    @Test
    void foldsWidthAndCase() {
        assertEquals("abc电梯1", SearchText.normalise(" ＡＢＣ电梯１ "));
    }

    @Test
    void pairsAreHexWordsOfAdjacentLettersAndDigitsWithoutRepeats() {
        assertEquals("753568af", SearchText.grams("电梯"));
        assertEquals("753568af 68af574f", SearchText.grams("电梯坏，电梯"));
        assertEquals("", SearchText.grams("电"));
        assertEquals("00610062", SearchText.grams("ab"));
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertEquals("%100\\%\\_a%", SearchText.containsPattern("100%_a"));
    }
}
