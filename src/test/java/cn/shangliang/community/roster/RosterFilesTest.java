package cn.shangliang.community.roster;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real-world roster files (issue 18): numbers Excel made of identity numbers, title rows, sheets, UTF-16. */
class RosterFilesTest {

    private static final String[] HEAD = HEADER_ZH.split(",");

    /** An XLSX written by a spreadsheet library, each cell as {@code cells} decides (text, number, format). */
    private static byte[] workbook(Consumer<Workbook> sheets) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.accept(wb);
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet ws, int row) {
        for (int c = 0; c < HEAD.length; c++) {
            ws.value(row, c, HEAD[c]);
        }
    }

    private static void textRow(Worksheet ws, int row, String csv) {
        String[] cells = csv.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            ws.value(row, c, cells[c]);
        }
    }

    private static RosterParser.Result parse(RosterSheet sheet) {
        assertEquals(List.of(), sheet.fileErrors());
        return RosterParser.parse(sheet.rows());
    }

    /** What Excel keeps of an 18-digit number typed into a General cell: a double (15–17 significant digits). */
    private static double asExcelNumber(String identity) {
        return Double.parseDouble(identity);
    }

    @Test
    void everyNumericIdentityCellIsRefusedEvenWhenTheRoundedNumberPassesTheCheckDigit() {
        // find identity numbers whose rounded form still has a valid check digit: imported silently before
        List<String> passing = new java.util.ArrayList<>();
        for (int n = 1; passing.size() < 5; n++) {
            if (person(n).endsWith("X")) {
                continue;
            }
            String rounded = new BigDecimal(Double.toString(asExcelNumber(person(n)))).toPlainString();
            if (IdentityNumber.problem(rounded, OwnerKind.PERSON).isEmpty()) {
                passing.add(person(n));
            }
        }
        byte[] file = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("花名册");
            header(ws, 0);
            for (int r = 0; r < passing.size(); r++) {
                textRow(ws, r + 1, "1栋,10" + r + ",89.5,登记,业主" + r + ",,个人,是,,");
                ws.value(r + 1, 5, asExcelNumber(passing.get(r)));
            }
        });
        RosterParser.Result r = parse(RosterReader.read(file));
        assertEquals(List.of(), r.lines(), "no numeric identity number is imported");
        assertEquals(List.of(2, 3, 4, 5, 6), r.errors().stream().map(RowError::line).toList());
        r.errors().forEach(e -> {
            assertTrue(e.reason().contains("被 Excel 存成了数字"), e.reason());
            assertTrue(e.reason().contains("文本"), "says how to fix it: " + e.reason());
            assertFalse(e.reason().contains("校验位"), "not the misleading check-digit message: " + e.reason());
        });
    }

    @Test
    void numericPhonesThatLostTheirLeadingZeroAreRefusedMobileNumbersAreKept() {
        byte[] file = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("花名册");
            header(ws, 0);
            textRow(ws, 1, "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,,");
            ws.value(1, 9, 75583001234L);          // typed 0755 8300 1234 into a General cell
            textRow(ws, 2, "1栋,102,89.5,登记,李四," + person(2) + ",个人,是,,");
            ws.value(2, 9, 13800000000L);          // a mobile number loses nothing
        });
        RosterParser.Result r = parse(RosterReader.read(file));
        assertEquals(List.of(2), r.errors().stream().map(RowError::line).toList(), r.errors().toString());
        assertTrue(r.errors().get(0).reason().contains("开头的 0"), r.errors().get(0).reason());
        assertEquals("13800000000", r.lines().get(0).owner().phone());
    }

    @Test
    void unitNumbersShownWithLeadingZerosTheCellDoesNotHoldAreRefused() {
        byte[] file = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("花名册");
            header(ws, 0);
            textRow(ws, 1, "1栋,,89.5,登记,张三," + person(1) + ",个人,是,,");
            ws.value(1, 1, 101);
            ws.style(1, 1).format("0000").set();   // the sheet shows 0101, the cell holds 101
            textRow(ws, 2, "1栋,,89.5,登记,李四," + person(2) + ",个人,是,,");
            ws.value(2, 1, 102);                     // shown and stored as 102
        });
        RosterParser.Result r = parse(RosterReader.read(file));
        assertEquals(List.of(2), r.errors().stream().map(RowError::line).toList(), r.errors().toString());
        assertTrue(r.errors().get(0).reason().contains("房号"), r.errors().get(0).reason());
        assertEquals("102", r.lines().get(0).number());
    }

    @Test
    void theHeaderIsFoundBelowTitleRows() {
        byte[] csv = ("某某花园业主花名册,,,\r\n制表：物业服务中心 2026年11月,,,\r\n\r\n" + HEADER_ZH + "\r\n"
                + "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,,\r\n").getBytes(StandardCharsets.UTF_8);
        RosterParser.Result r = parse(RosterReader.read(csv));
        assertEquals(List.of(), r.errors());
        assertEquals(5, r.lines().get(0).line(), "line numbers stay the file's");

        byte[] xlsx = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "某某花园业主花名册");
            header(ws, 2);
            textRow(ws, 3, "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,,");
        });
        assertEquals(1, parse(RosterReader.read(xlsx)).lines().size());
    }

    @Test
    void staffChooseTheSheetOrTheFirstSheetWithAHeaderIsRead() {
        byte[] file = workbook(wb -> {
            Worksheet notes = wb.newWorksheet("填表说明");
            notes.value(0, 0, "请勿修改表头");
            Worksheet roster = wb.newWorksheet("花名册");
            header(roster, 0);
            textRow(roster, 1, "1栋,101,89.5,登记,张三," + person(1) + ",个人,是,,");
        });
        assertEquals(1, parse(RosterReader.read(file)).lines().size(), "the first sheet with a header");
        assertEquals(1, parse(RosterReader.read(file, "花名册")).lines().size(), "by name");
        assertEquals(1, parse(RosterReader.read(file, "2")).lines().size(), "by number");
        assertEquals(1, parse(RosterReader.read(file, "　花名册 ")).lines().size(), "full-width spaces around");
        RosterSheet missing = RosterReader.read(file, "业主");
        assertEquals(1, missing.fileErrors().size());
        assertTrue(missing.fileErrors().get(0).reason().contains("填表说明、花名册"), missing.fileErrors().toString());
        assertFalse(RosterReader.read(file, "1").fileErrors().isEmpty(), "the notes sheet has no roster header");
    }

    @Test
    void excelUnicodeTextIsReadAsTabSeparatedUtf16() {
        String text = "\uFEFF" + HEADER_ZH.replace(',', '\t') + "\r\n"
                + "1栋\t101\t89.5\t登记\t张三\t" + person(1) + "\t个人\t是\t\t\r\n"
                + "1栋\t102\t-1\t登记\t李四\t" + person(2) + "\t个人\t是\t\t\r\n";
        RosterSheet sheet = RosterReader.read(text.getBytes(StandardCharsets.UTF_16LE.newEncoder().charset()));
        RosterParser.Result r = parse(sheet);
        assertEquals(1, r.lines().size());
        assertEquals("张三", r.lines().get(0).owner().name());
        assertEquals(List.of(3), r.errors().stream().map(RowError::line).toList());
        assertTrue(r.errors().get(0).reason().startsWith("面积“-1”"), "readable Chinese: " + r.errors());
        assertEquals(1, parse(RosterReader.read(text.getBytes(StandardCharsets.UTF_16BE))).lines().size());
    }

    @Test
    void fullWidthDigitsInIdentityNumbersPhonesAndUnitsReadAsDigits() {
        String wide = toFullWidth(person(1));
        RosterParser.Result r = parse(RosterReader.read(Rosters.csv(HEADER_ZH,
                "1栋,１０１,８９.５,登记,张三," + wide + ",个人,是,李四：" + toFullWidth(person(2)) + ",１３８ ００００ ００００")));
        assertEquals(List.of(), r.errors());
        RosterLine line = r.lines().get(0);
        assertEquals("101", line.number());
        assertEquals(new BigDecimal("89.50"), line.area());
        assertEquals(person(1), line.owner().identity());
        assertEquals(person(2), line.owners().get(1).identity());
    }

    @Test
    void theXlsxTemplateKeepsItsNumberColumnsAsTextAndImports() throws IOException {
        byte[] template = RosterTemplate.xlsx();
        String sheet = entry(template, "xl/worksheets/sheet1.xml");
        String styles = entry(template, "xl/styles.xml");
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"@\"/>")
                .matcher(styles);
        assertTrue(text.find(), styles);
        java.util.regex.Matcher xfs = java.util.regex.Pattern.compile("<cellXfs[^>]*>(.*?)</cellXfs>").matcher(styles);
        assertTrue(xfs.find());
        List<String> formats = java.util.regex.Pattern.compile("numFmtId=\"(\\d+)\"").matcher(xfs.group(1)).results()
                .map(m -> m.group(1)).toList();
        for (int column : List.of(2, 6, 9, 10)) {   // 房号, 证件号码, 共有人, 电话 (1-based)
            java.util.regex.Matcher col = java.util.regex.Pattern.compile("<col min=\"" + column + "\" max=\"" + column
                    + "\"[^>]*style=\"(\\d+)\"").matcher(sheet);
            assertTrue(col.find(), "column " + column + " has a style");
            assertEquals(text.group(1), formats.get(Integer.parseInt(col.group(1))), "column " + column + " is text (@)");
        }
        RosterParser.Result r = parse(RosterReader.read(template));
        assertEquals(List.of(), r.errors());
        assertEquals(3, r.lines().size());
    }

    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return out.toString();
    }
}
