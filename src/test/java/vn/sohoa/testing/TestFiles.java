package vn.sohoa.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Input files for tests: pages with a little text on them, in every format SoHoa imports. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A page of {@code width}×{@code height} with "Trang n" on it; bitonal or 8-bit grey. */
    public static BufferedImage page(int n, int width, int height, boolean bitonal) {
        BufferedImage image = new BufferedImage(width, height,
                bitonal ? BufferedImage.TYPE_BYTE_BINARY : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.max(12, width / 30)));
        g.drawString("Trang " + n + " — Tòa án nhân dân", width / 10, height / 8);
        for (int line = 0; line < 20; line++) {
            g.fillRect(width / 10, height / 5 + line * height / 30, (width * (5 + (n + line) % 4)) / 10, Math.max(2, height / 200));
        }
        g.dispose();
        return image;
    }

    /** A multi-page TIFF: grey pages with LZW, or bitonal pages with CCITT G4. */
    public static Path tiff(Path file, int pages, int width, int height, boolean bitonal) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(bitonal ? "CCITT T.6" : "LZW");
            writer.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                writer.writeToSequence(new IIOImage(page(i, width, height, bitonal), null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    public static Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(page(1, width, height, false), "png", file.toFile());
        return file;
    }

    public static Path jpeg(Path file, int width, int height) throws IOException {
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(page(1, width, height, false), 0, 0, null);
        g.dispose();
        ImageIO.write(rgb, "jpeg", new File(file.toString()));
        return file;
    }

    /** A scanned-looking PDF: each A4 page holds one grey image of {@code dpi} resolution. */
    public static Path scannedPdf(Path file, int pages, int dpi) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addScannedPages(doc, pages, dpi);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF that opens only with a user password. */
    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addScannedPages(doc, 1, 100);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void addScannedPages(PDDocument doc, int pages, int dpi) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        int w = Math.round(a4.getWidth() / 72f * dpi);
        int h = Math.round(a4.getHeight() / 72f * dpi);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, page(i, w, h, false));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, a4.getWidth(), a4.getHeight());
            }
        }
    }

    /**
     * A PNG whose header claims {@code width}×{@code height} with almost no data: the shape of a
     * decompression bomb, refused before any pixel is decoded.
     */
    public static Path pngClaiming(Path file, int width, int height) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] idat = new byte[2048];
        chunk(out, "IDAT", java.util.Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(out, "IEND", new byte[0]);
        java.nio.file.Files.write(file, out.toByteArray());
        return file;
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(typeBytes);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The first {@code keep} bytes of {@code file}, as a truncated copy. */
    public static Path truncated(Path file, Path copy, double keep) throws IOException {
        byte[] all = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(copy, java.util.Arrays.copyOf(all, (int) (all.length * keep)));
        return copy;
    }
}
