package cn.shangliang.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The EXIF orientation (tag 0x0112) of a JPEG, read before the metadata is dropped: phones store photos sideways
 * and say so only there. 1 (upright) when there is none or it cannot be read.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xFF || (jpeg[1] & 0xff) != 0xD8) {
                return 1;
            }
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
                int marker = jpeg[i + 1] & 0xff;
                int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
                if (marker == 0xE1 && length > 8 && new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                    return fromTiff(ByteBuffer.wrap(jpeg, i + 10, length - 8).slice());
                }
                if (marker == 0xDA) {
                    return 1;
                }
                i += 2 + length;
            }
            return 1;
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if ((tiff.getShort(at) & 0xffff) == 0x0112) {
                return tiff.getShort(at + 8) & 0xffff;
            }
        }
        return 1;
    }
}
