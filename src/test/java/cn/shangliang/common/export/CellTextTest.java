package cn.shangliang.common.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+8613800000000|'+8613800000000",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "张三|张三",
            "1栋|1栋",
            "a=b|a=b",
            "'quoted|'quoted",
    })
    void formulasBecomeText(String raw, String written) {
        assertEquals(written, CellText.neutralise(raw));
    }

    @ParameterizedTest
    @CsvSource({"0101,true", "440300199001011234,true", "4403**********1234,false", "1-101,false"})
    void identifiersThatExcelWouldTakeForNumbers(String text, boolean numeric) {
        assertEquals(numeric, CellText.looksNumeric(text));
    }
}
