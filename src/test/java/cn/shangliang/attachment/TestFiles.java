package cn.shangliang.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Small files of each kind for the attachment tests, made here rather than checked in. */
public final class TestFiles {

    /** A 1×1 lossless WebP (the image browsers' feature tests use). */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    /** The start of a HEIC photo: an ISO-BMFF "ftyp" box naming the heic brand. */
    public static final byte[] HEIC = concat(new byte[]{0, 0, 0, 0x18}, "ftypheic".getBytes(StandardCharsets.US_ASCII),
            new byte[]{0, 0, 0, 0}, "mif1heic".getBytes(StandardCharsets.US_ASCII), new byte[64]);
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    /** A script with an image's name would still be a script: the type is decided by the bytes. */
    public static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    private TestFiles() {
    }

    public static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg", false);
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return image(width, height, "png", alpha);
    }

    private static byte[] image(int width, int height, String format, boolean alpha) {
        BufferedImage img = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 30, 30, alpha ? 128 : 255));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG with an EXIF segment holding a GPS position (latitude 31°N, a marker string "GPSTEST") and the
     * given orientation, inserted right after the start-of-image marker as cameras write it.
     */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation, GPS IFD pointer
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: latitude ref "N", and a processing-method string we can search for
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x001B).putShort((short) 7).putInt(8).putInt(68);
        tiff.putInt(0);
        tiff.put("GPSTEST\0".getBytes(StandardCharsets.US_ASCII));
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        int length = exif.length + 2;
        byte[] app1 = concat(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        byte[] rest = new byte[jpeg.length - 2];
        System.arraycopy(jpeg, 2, rest, 0, rest.length);
        return concat(new byte[]{(byte) 0xFF, (byte) 0xD8}, app1, rest);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
