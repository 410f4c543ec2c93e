package cn.shangliang.common.print;

import java.time.LocalDate;
import java.util.List;

/**
 * One printed document as it is filed: who issues it, its number and date, its text in sections (each with
 * paragraphs and maybe a table), the seal and signature block where such a paper carries one, and the address (with a QR code) of the
 * page it stands for. Texts are the stored ones (Chinese records stay Chinese); labels come from the bundle.
 *
 * @param fileName ASCII file name without extension
 * @param number   the document number (文号), or null
 * @param qrPath   the site path printed as address and QR code, or null
 */
public record PrintDocument(String fileName, String issuer, String title, String number, LocalDate date,
                            List<Section> sections, boolean seal, String qrPath) {

    /** A heading (may be null), its paragraphs and maybe a table. */
    public record Section(String heading, List<String> lines, Grid grid) {
        public static Section of(String heading, String text) {
            return new Section(heading, text == null || text.isBlank() ? List.of() : List.of(text.split("\\R")), null);
        }

        public static Section table(String heading, Grid grid) {
            return new Section(heading, List.of(), grid);
        }
    }

    /** A table of plain texts; rows are never split across pages. */
    public record Grid(List<String> headings, List<List<String>> rows) {
    }
}
