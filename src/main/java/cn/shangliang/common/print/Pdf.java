package cn.shangliang.common.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a print template (well-formed XHTML, A4 by its own {@code @page} rule) into a PDF with openhtmltopdf.
 * Chinese needs a font inside the PDF, as a reader without one shows empty boxes: the shipped Droid Sans Fallback
 * (Apache 2.0) is embedded as a subset, so a one-page notice stays small (ADR 0014).
 */
@ApplicationScoped
public class Pdf {

    /** The family name print templates use in CSS. */
    public static final String FONT_FAMILY = "SL CJK";
    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private volatile byte[] font;

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            byte[] f = font();
            builder.useFont(() -> new ByteArrayInputStream(f), FONT_FAMILY);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] render(TemplateInstance template) {
        return render(template.render());
    }

    /** A PDF shown in the browser (and saved under {@code fileName}.pdf), never cached: it may carry names. */
    public Response response(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private byte[] font() {
        byte[] f = font;
        if (f == null) {
            try (InputStream in = Pdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + FONT);
                }
                f = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            font = f;
        }
        return f;
    }
}
