package cn.shangliang.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a PDF back as a person's reader would: its text, its page count, whether every page is A4 and whether every
 * font that is not one of the 14 standard fonts is embedded.
 */
public final class PdfFiles {

    private static final java.util.Set<String> STANDARD_14 = java.util.Set.of("Times-Roman", "Times-Bold", "Times-Italic",
            "Times-BoldItalic", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier",
            "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats");

    private PdfFiles() {
    }

    public record Read(String text, int pages, boolean allA4, boolean fontsEmbedded) {
    }

    public static Read read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean a4 = true;
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                // A4 is 595.28 × 841.89 points; allow rounding
                a4 &= Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) < 1.5
                        && Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) < 1.5;
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    // the 14 standard fonts are in every reader; anything else (the Chinese font) must travel inside
                    embedded &= font.isEmbedded() || STANDARD_14.contains(font.getName());
                }
            }
            return new Read(new PDFTextStripper().getText(doc), doc.getNumberOfPages(), a4, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
