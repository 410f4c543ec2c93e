package cn.shangliang.attachment;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import cn.shangliang.common.web.DomainException;
import org.apache.tika.Tika;

/**
 * What an upload really is, by its bytes (Apache Tika's magic, never the name or the browser's word), and what
 * is stored of it: images decoded and written again from their pixels, so no metadata survives (EXIF, GPS,
 * comments, embedded scripts), turned upright first by their EXIF orientation; PDFs kept as they are and only
 * ever served as downloads.
 */
public final class FileContent {

    public static final String PDF = "application/pdf";
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif");
    private static final int THUMB = 320;
    private static final Tika TIKA = new Tika();

    private FileContent() {
    }

    /** What is kept of one upload: the bytes to store, their type, a thumbnail for images. */
    public record Stored(String mediaType, byte[] bytes, byte[] thumb, Integer width, Integer height) {
    }

    public static String detect(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /** Refuses anything that is not a PDF or a decodable image; re-encodes images. */
    public static Stored check(byte[] bytes, long maxPixels) {
        String type = detect(bytes);
        if (PDF.equals(type)) {
            return new Stored(PDF, bytes, null, null, null);
        }
        if (!IMAGES.contains(type)) {
            throw DomainException.badInput("attachment.type", type);
        }
        BufferedImage image = decode(bytes, type, maxPixels);
        image = upright(image, ExifOrientation.of(bytes));
        boolean alpha = image.getColorModel().hasAlpha();
        String format = alpha ? "png" : "jpeg";
        return new Stored(alpha ? "image/png" : "image/jpeg", encode(image, format),
                encode(scaled(image, THUMB), format), image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] bytes, String type, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw DomainException.badInput(type.startsWith("image/hei") ? "attachment.heic" : "attachment.undecodable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw DomainException.badInput("attachment.pixels", maxPixels / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.badInput("attachment.undecodable");
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage scaled(BufferedImage image, int max) {
        int w = image.getWidth();
        int h = image.getHeight();
        double f = Math.min(1.0, (double) max / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(tw, th, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image, String format) {
        BufferedImage pixels = image;
        if (format.equals("jpeg") && image.getType() != BufferedImage.TYPE_INT_RGB) {
            pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = pixels.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            // No metadata is passed: the written file holds pixels only.
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
