package cn.shangliang.common.web;

import jakarta.inject.Inject;
import cn.shangliang.common.config.SiteConfig;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Map;

/**
 * QR codes for printed papers (PIN slips, notices, results) as inline SVG: no JavaScript, no image request,
 * sharp at any print size. Each code carries the page's full address, also printed beside it in words for
 * anyone without a phone camera. Templates use {@code inject:qr.url('/path')} and {@code inject:qr.svg('/path')}.
 */
@Named("qr")
@ApplicationScoped
public class QrCodes {

    /** Medium correction survives a smudged or folded paper and keeps the code small. */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    @Inject
    SiteConfig site;

    /** The full address of a path on this site, as printed. */
    public String url(String path) {
        return site.url(path);
    }

    public RawString svg(String path) {
        return new RawString(svgOf(url(path)));
    }

    /**
     * The code as a PNG data URI, for PDFs (the PDF renderer draws images, not inline SVG): one pixel per module,
     * scaled up by the page without blur as it is drawn crisp.
     */
    public String png(String path) {
        BitMatrix m = matrix(url(path));
        int scale = 8;
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(m.getWidth() * scale, m.getHeight() * scale,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /** Pure: one SVG path of dark modules, escaped text in its title, sized in modules so CSS sets the size. */
    public static String svgOf(String text) {
        BitMatrix m = matrix(text);
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    d.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" role=\"img\" aria-label=\"QR " + escape(text) + "\" shape-rendering=\"crispEdges\"><title>" + escape(text)
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
