package cn.shangliang.community.roster;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.OwnerKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.shangliang.community.roster.Rosters.HEADER_EN;
import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterParserTest {

    private static RosterParser.Result parse(byte[] file) {
        RosterSheet sheet = RosterReader.read(file);
        assertEquals(List.of(), sheet.fileErrors());
        return RosterParser.parse(sheet.rows());
    }

    @Test
    void readsChineseHeadersAndValues() {
        RosterParser.Result r = parse(Rosters.csv(HEADER_ZH,
                "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,*李四:" + person(2) + "；王五：" + person(3) + ",138 0000 0000"));
        assertEquals(List.of(), r.errors());
        RosterLine line = r.lines().get(0);
        assertEquals(2, line.line());
        assertEquals(new BigDecimal("89.50"), line.area());
        assertEquals(AreaSource.REGISTERED, line.areaSource());
        assertEquals(3, line.owners().size());
        assertEquals(1, line.designated(), "the starred co-owner votes");
        assertEquals("李四", line.owners().get(1).name());
        assertTrue(line.delivered());
    }

    @Test
    void readsEnglishHeadersInAnyOrderAndDefaultsDelivery() {
        RosterParser.Result r = parse(Rosters.csv("owner_kind,Owner Name,owner_id,building,unit,area,area_source",
                "developer,开发商," + Rosters.organization(1) + ",2,201,100,SURVEYED",
                "PERSON,A," + person(4) + ",2,202,90.25,contract"));
        assertEquals(List.of(), r.errors());
        assertFalse(r.lines().get(0).delivered(), "developer units default to not delivered");
        assertEquals(OwnerKind.DEVELOPER, r.lines().get(0).owner().kind());
        assertTrue(r.lines().get(1).delivered());
        assertEquals(0, r.lines().get(1).designated());
    }

    @Test
    void reportsEveryBadRowWithItsLineNumber() {
        String bad = "1101051949123100" + "21";
        RosterParser.Result r = parse(Rosters.csv(HEADER_ZH,
                "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,,",           // 2 good
                "1栋,102,-3,登记,李四," + person(2) + ",个人,是,,",             // 3 bad area
                "1栋,103,89.555,登记,李四," + person(2) + ",个人,是,,",         // 4 three decimals
                "1栋,104,80,估算,李四," + person(2) + ",个人,是,,",             // 5 unknown source
                "1栋,105,80,登记,," + person(5) + ",个人,是,,",                 // 6 missing name
                "1栋,106,80,登记,赵六," + bad + ",个人,是,,",                   // 7 bad checksum
                "1栋,101,80,登记,孙七," + person(7) + ",个人,是,,",             // 8 duplicate unit
                "1栋,108,80,登记,周八," + person(8) + ",个人,是,李四-" + person(2) + ",", // 9 co-owner syntax
                "1栋,109,80,登记,吴九," + person(9) + ",外星人,是,,",           // 10 unknown kind
                "1栋,110,80,登记,郑十," + person(10) + ",个人,也许,,",           // 11 bad yes/no
                "1栋,111,80,登记,开发商,91440300MA00000019,建设单位,否,,",      // 12 bad credit code
                "1栋,112,80,登记,张冒名," + person(1) + ",个人,是,,",           // 13 same id, other name
                "1栋,113,80,登记,钱一," + person(11) + ",个人,是,*甲:" + person(12) + ";*乙:" + person(13) + ","  // 14 two voters
        ));
        List<Integer> lines = r.errors().stream().map(RowError::line).toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), lines, r.errors().toString());
        assertEquals(1, r.lines().size());
        assertTrue(r.errors().get(0).reason().contains("面积"));
        assertTrue(r.errors().get(4).reason().contains("校验位"));
        assertTrue(r.errors().get(5).reason().contains("第 2 行"));
        r.errors().forEach(e -> assertFalse(e.reason().contains(person(1)), "never the full number"));
    }

    @Test
    void missingAndUnknownColumnsAreReportedOnTheHeaderLine() {
        RosterSheet sheet = RosterReader.read(Rosters.csv("楼栋,房号,面积,业主姓名,证件号码,业主类型,颜色", "1,1,1,a,b,c,d"));
        List<String> reasons = sheet.fileErrors().stream().map(RowError::reason).toList();
        assertTrue(reasons.contains("无法识别的列名：颜色"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(x -> x.contains("面积来源")), reasons.toString());
        assertTrue(sheet.fileErrors().stream().allMatch(e -> e.line() == 1));
    }

    @Test
    void quotedFieldsAndGbkFilesAreRead() {
        String text = HEADER_EN + "\r\n\"1栋\",\"1,01\",89.5,登记,\"张\"\"三\"\"\"," + person(1) + ",个人,是,,\r\n";
        RosterParser.Result r = RosterParser.parse(RosterReader.read(text.getBytes(Charset.forName("GBK"))).rows());
        assertEquals(List.of(), r.errors());
        assertEquals("1,01", r.lines().get(0).number());
        assertEquals("张\"三\"", r.lines().get(0).owner().name());
        assertEquals(2, RosterReader.read(text.getBytes(StandardCharsets.UTF_8)).rows().get(0).line());
    }

    @Test
    void readsXlsx() {
        RosterParser.Result r = parse(Rosters.xlsx(HEADER_ZH, "1栋,101,89.5,实测,张三," + person(1) + ",个人,否,,"));
        assertEquals(List.of(), r.errors());
        assertEquals(new BigDecimal("89.50"), r.lines().get(0).area());
        assertEquals(AreaSource.SURVEYED, r.lines().get(0).areaSource());
        assertTrue(r.lines().get(0).awaitingDelivery());
    }

    @Test
    void developerUnitsCannotBeDeliveredOrCoOwned() {
        RosterParser.Result r = parse(Rosters.csv(HEADER_ZH,
                "1栋,101,89.5,登记,开发商," + Rosters.organization(1) + ",建设单位,是,,",
                "1栋,102,89.5,登记,开发商," + Rosters.organization(1) + ",建设单位,否,甲:" + person(3) + ","));
        assertEquals(List.of(2, 3), r.errors().stream().map(RowError::line).toList());
    }
}
