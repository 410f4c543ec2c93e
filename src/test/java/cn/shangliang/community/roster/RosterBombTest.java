package cn.shangliang.community.roster;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decompression and row bombs stop at the limits while streaming. Before issue 11 a 1.7 MB XLSX made the app
 * read 12 million rows (2.3 GB of heap) before the 50,000-row limit applied. The memory bound stated here: reading
 * any of these files allocates less than {@value #ALLOCATION_BOUND_MB} MB in all, so it can never hold more.
 */
class RosterBombTest {

    static final long ALLOCATION_BOUND_MB = 400;

    @Test
    void anXlsxWithAMillionRowsStopsAtTheRowLimit() throws IOException {
        byte[] bomb = xlsx(1_000_000, 40);
        assertTrue(bomb.length < 20 * 1024 * 1024, "within the upload limit: " + bomb.length);
        Reading r = read(bomb);
        assertTrue(r.reason() != null && r.reason().contains("50000"), String.valueOf(r.reason()));
        assertTrue(r.allocatedMb < ALLOCATION_BOUND_MB, "allocated " + r.allocatedMb + " MB");
        System.out.printf("XLSX row bomb: %d KB compressed, refused after %d ms, %d MB allocated%n",
                bomb.length / 1024, r.millis, r.allocatedMb);
    }

    @Test
    void anXlsxThatUnpacksTooLargeIsRefusedBeforeParsing() throws IOException {
        byte[] bomb = xlsx(200_000, 700);
        Reading r = read(bomb);
        assertTrue(r.reason() != null && r.reason().contains("解压后过大"), String.valueOf(r.reason()));
        assertTrue(r.allocatedMb < 64, "allocated " + r.allocatedMb + " MB");
        System.out.printf("XLSX zip bomb: %d KB compressed, refused after %d ms, %d MB allocated%n",
                bomb.length / 1024, r.millis, r.allocatedMb);
    }

    @Test
    void aCsvOfEndlessBlankLinesStopsAtTheRowLimit() {
        byte[] csv = ("业主姓名,身份证号,楼栋\n" + "\n".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8);
        Reading r = read(csv);
        assertTrue(r.reason() != null && r.reason().contains("50000"), String.valueOf(r.reason()));
        assertTrue(r.allocatedMb < ALLOCATION_BOUND_MB, "allocated " + r.allocatedMb + " MB");
    }

    private record Reading(RosterSheet sheet, long allocatedMb, long millis) {
        String reason() {
            return sheet.fileErrors().isEmpty() ? null : sheet.fileErrors().get(0).reason();
        }
    }

    private static Reading read(byte[] content) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        RosterSheet sheet = RosterReader.read(content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Reading(sheet, (threads.getThreadAllocatedBytes(id) - before) / (1024 * 1024), millis);
    }

    /** A minimal workbook whose one sheet has {@code rows} rows of one inline string of {@code width} chars. */
    static byte[] xlsx(int rows, int width) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                    + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" "
                    + "r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                    + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"1\"><xf "
                    + "numFmtId=\"0\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            String text = "x".repeat(width);
            for (int r = 1; r <= rows; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + text
                        + "</t></is></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
