package cn.shangliang.community.roster;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;
import jakarta.ws.rs.core.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The downloadable roster templates: Chinese headers and three example rows (made-up numbers with valid check
 * characters). The CSV is UTF-8 with a BOM so that Excel opens it with the Chinese intact; the XLSX formats the
 * unit, identity-number, co-owner and phone columns as text, so that what staff type there stays as typed
 * (Excel would otherwise round an 18-digit number and drop leading zeros).
 */
public final class RosterTemplate {

    public static final String FILE_NAME = "roster-template.csv";
    public static final String XLSX_FILE_NAME = "roster-template.xlsx";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADER = List.of("楼栋", "房号", "面积", "面积来源", "业主姓名", "证件号码", "业主类型",
            "是否交付", "共有人", "电话", "是否车位");
    /** Columns typed as text in the XLSX: 房号, 证件号码, 共有人, 电话. */
    private static final List<Integer> TEXT_COLUMNS = List.of(1, 5, 8, 9);
    private static final int AREA_COLUMN = 2;

    private RosterTemplate() {
    }

    /** The CSV template as a download (the page and the API offer the same file). */
    public static Response csvDownload() {
        return download(csv(), "text/csv; charset=UTF-8", FILE_NAME);
    }

    /** The XLSX template as a download, its text columns formatted as text. */
    public static Response xlsxDownload() {
        return download(xlsx(), XLSX_TYPE, XLSX_FILE_NAME);
    }

    private static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content).type(type).header("Content-Disposition", "attachment; filename=" + fileName).build();
    }

    public static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : examples()) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Shangliang", "1.0");
            Worksheet sheet = workbook.newWorksheet("花名册");
            for (int c : TEXT_COLUMNS) {
                sheet.style(c).format("@").set();
            }
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.width(c, c == 5 || c == 8 ? 24 : 12);
            }
            List<List<String>> rows = examples();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < HEADER.size(); c++) {
                    String value = rows.get(r).get(c);
                    if (c == AREA_COLUMN) {
                        sheet.value(r + 1, c, new BigDecimal(value));
                    } else {
                        sheet.value(r + 1, c, value);
                    }
                    if (TEXT_COLUMNS.contains(c)) {
                        sheet.style(r + 1, c).format("@").set();
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> examples() {
        String person = IdentityNumber.withCheck("44030519800101123", OwnerKind.PERSON);
        String spouse = IdentityNumber.withCheck("44030519820202234", OwnerKind.PERSON);
        String developer = IdentityNumber.withCheck("91440300MA5F00001", OwnerKind.DEVELOPER);
        return List.of(
                List.of("1栋", "101", "89.50", "登记", "张三", person, "个人", "是", "*李四:" + spouse, "13800000000", "否"),
                List.of("1栋", "102", "120.25", "实测", "张三", person, "个人", "是", "", "13800000000", "否"),
                List.of("2栋", "201", "95.00", "合同", "某某置业有限公司", developer, "建设单位", "否", "", "", "否"));
    }
}
