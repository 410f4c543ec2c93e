package cn.shangliang.community.roster;

import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Roster files for tests, with valid made-up identity numbers. */
public final class Rosters {

    public static final String HEADER_ZH = "楼栋,房号,面积,面积来源,业主姓名,证件号码,业主类型,是否交付,共有人,电话";
    public static final String HEADER_EN = "building,unit,area,area_source,owner_name,owner_id,owner_kind,delivered,co_owners,phone";

    private Rosters() {
    }

    /** The n-th made-up resident identity number (valid check digit, unique for n below 90 million). */
    public static String person(int n) {
        String birth = java.time.LocalDate.of(1970, 1, 1).plusDays(n % 9000).toString().replace("-", "");
        return IdentityNumber.withCheck("44" + String.format("%04d", n / 9000 % 10000) + birth + String.format("%03d", n % 1000), OwnerKind.PERSON);
    }

    /** The n-th made-up unified social credit code. */
    public static String organization(int n) {
        return IdentityNumber.withCheck("91440300MA" + String.format("%07d", n), OwnerKind.ORGANIZATION);
    }

    /** The same number with a wrong check character. */
    public static String badCheck(String identity) {
        return identity.substring(0, 17) + (identity.charAt(17) == '0' ? '1' : '0');
    }

    public static byte[] csv(String header, String... rows) {
        return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(String header, List<String> rows) {
        return csv(header, rows.toArray(String[]::new));
    }

    public static byte[] xlsx(String header, String... rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("花名册");
            String[] head = header.split(",", -1);
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 2 && !cells[c].isEmpty()) {
                        ws.value(r + 1, c, new java.math.BigDecimal(cells[c]));
                    } else {
                        ws.value(r + 1, c, cells[c]);
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
