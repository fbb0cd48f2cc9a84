package vn.sohoa.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PNG file's pixels as a PDF image without decoding or compressing anything again: the PNG's own
 * zlib stream (its IDAT chunks joined) goes in under FlateDecode with the PNG predictors, which PDF
 * readers undo exactly as PNG decoders do (ISO 32000-1, 7.4.4.4). Only the plain cases are taken:
 * 8-bit grey or RGB, not interlaced, no transparency and no colour profile or gamma of its own;
 * anything else is decoded and stored the usual way.
 */
public final class PngStream {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Chunks that change what the samples mean: such a PNG is not copied as it is. */
    private static final Set<String> MEANINGFUL = Set.of("tRNS", "iCCP", "cHRM", "sBIT", "PLTE");
    /** The only gamma taken (1/2.2, the sRGB curve the output intent assumes), in PNG's units. */
    private static final int SRGB_GAMMA = 45455;

    /** What the IHDR chunk says, for a PNG that can be copied. */
    public record Header(int width, int height, int colours) {
    }

    private PngStream() {
    }

    /** The PNG's header if its pixel data can go into a PDF as it is. */
    public static Optional<Header> embeddable(byte[] png) {
        if (png.length < 8 + 25 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        Header header = null;
        boolean data = false;
        while (in.remaining() >= 12) {
            int length = in.getInt();
            String type = new String(png, in.position(), 4, StandardCharsets.ISO_8859_1);
            int start = in.position() + 4;
            if (length < 0 || length > png.length - start - 4) {
                return Optional.empty();
            }
            switch (type) {
                case "IHDR" -> {
                    if (length != 13) {
                        return Optional.empty();
                    }
                    ByteBuffer h = ByteBuffer.wrap(png, start, 13);
                    int width = h.getInt();
                    int height = h.getInt();
                    int depth = h.get();
                    int colourType = h.get();
                    int compression = h.get();
                    int filter = h.get();
                    int interlace = h.get();
                    if (depth != 8 || (colourType != 0 && colourType != 2) || compression != 0 || filter != 0
                            || interlace != 0 || width <= 0 || height <= 0) {
                        return Optional.empty();
                    }
                    header = new Header(width, height, colourType == 0 ? 1 : 3);
                }
                case "gAMA" -> {
                    if (length != 4 || ByteBuffer.wrap(png, start, 4).getInt() != SRGB_GAMMA) {
                        return Optional.empty();
                    }
                }
                case "IDAT" -> data = true;
                case "IEND" -> {
                    return data ? Optional.ofNullable(header) : Optional.empty();
                }
                default -> {
                    if (MEANINGFUL.contains(type)) {
                        return Optional.empty();
                    }
                }
            }
            in.position(start + length + 4);
        }
        return Optional.empty();
    }

    /** The PNG, as {@link #embeddable} read it, as an image of {@code doc}. */
    static PDImageXObject into(PDDocument doc, PageImage.Png file) throws IOException {
        byte[] png = file.bytes();
        Header header = file.header();
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(zlibStream(png));
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        COSDictionary predictor = new COSDictionary();
        predictor.setInt(COSName.PREDICTOR, 15);
        predictor.setInt(COSName.COLORS, header.colours());
        predictor.setInt(COSName.BITS_PER_COMPONENT, 8);
        predictor.setInt(COSName.COLUMNS, header.width());
        stream.setItem(COSName.DECODE_PARMS, predictor);
        PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
        image.setWidth(header.width());
        image.setHeight(header.height());
        image.setBitsPerComponent(8);
        image.setColorSpace(header.colours() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
        return image;
    }

    private static byte[] zlibStream(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            int start = in.position() + 4;
            if (png[start - 4] == 'I' && png[start - 3] == 'D' && png[start - 2] == 'A' && png[start - 1] == 'T') {
                out.write(png, start, length);
            }
            in.position(start + length + 4);
        }
        return out.toByteArray();
    }
}
