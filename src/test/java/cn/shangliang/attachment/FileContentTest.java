package cn.shangliang.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import cn.shangliang.common.web.DomainException;
import org.junit.jupiter.api.Test;

/** Types by content, re-encoding without metadata, orientation, thumbnails, refusals. */
class FileContentTest {

    private static final long PIXELS = 40_000_000L;

    @Test
    void aJpegWithGpsExifComesBackWithoutAnyExifAndUpright() throws IOException {
        byte[] photo = TestFiles.jpegWithGps(40, 20, 6);
        assertTrue(TestFiles.contains(photo, "Exif") && TestFiles.contains(photo, "GPSTEST"));
        assertEquals(6, ExifOrientation.of(photo));
        FileContent.Stored stored = FileContent.check(photo, PIXELS);
        assertEquals("image/jpeg", stored.mediaType());
        assertFalse(TestFiles.contains(stored.bytes(), "Exif"), "no EXIF segment left");
        assertFalse(TestFiles.contains(stored.bytes(), "GPSTEST"), "no GPS data left");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertEquals(20, upright.getWidth(), "rotated by the EXIF orientation before it was dropped");
        assertEquals(40, upright.getHeight());
        assertNotNull(stored.thumb());
    }

    @Test
    void typesAreDecidedByContentNotByName() {
        assertEquals("image/jpeg", FileContent.detect(TestFiles.jpeg(4, 4)));
        assertEquals("image/png", FileContent.detect(TestFiles.png(4, 4, false)));
        assertEquals("image/webp", FileContent.detect(TestFiles.WEBP));
        assertEquals("application/pdf", FileContent.detect(TestFiles.PDF));
        assertEquals("text/html", FileContent.detect(TestFiles.HTML));
        assertTrue(FileContent.detect(TestFiles.HEIC).startsWith("image/hei"), FileContent.detect(TestFiles.HEIC));
    }

    @Test
    void webpIsDecodedAndStoredAsAPlainImageAndPngKeepsItsTransparency() {
        FileContent.Stored webp = FileContent.check(TestFiles.WEBP, PIXELS);
        assertTrue(webp.mediaType().equals("image/jpeg") || webp.mediaType().equals("image/png"));
        assertEquals(1, webp.width());
        assertEquals("image/png", FileContent.check(TestFiles.png(10, 10, true), PIXELS).mediaType());
        assertEquals("image/jpeg", FileContent.check(TestFiles.png(10, 10, false), PIXELS).mediaType());
    }

    @Test
    void pdfsAreKeptByteForByteAndOtherFilesAreRefusedWithTheirCode() {
        assertArrayEquals(TestFiles.PDF, FileContent.check(TestFiles.PDF, PIXELS).bytes());
        assertEquals("attachment.type", assertThrows(DomainException.class, () -> FileContent.check(TestFiles.HTML, PIXELS)).code());
        assertEquals("attachment.heic", assertThrows(DomainException.class, () -> FileContent.check(TestFiles.HEIC, PIXELS)).code());
        assertEquals("attachment.pixels", assertThrows(DomainException.class,
                () -> FileContent.check(TestFiles.jpeg(300, 200), 50_000)).code());
    }

    @Test
    void thumbnailsFitIn320Pixels() {
        BufferedImage big = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        BufferedImage thumb = FileContent.scaled(big, 320);
        assertEquals(320, thumb.getWidth());
        assertEquals(160, thumb.getHeight());
    }
}
