package vn.sohoa.capture;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The JPEG file inside a PDF page that is nothing but one scanned picture (as scanners and img2pdf
 * write them): the page's content only places that picture over the whole page, and the picture is a
 * plain grey or RGB JPEG. Such a page is taken byte for byte, as the scanner's JPEG it is, instead
 * of being rendered and compressed again: the master keeps what was scanned, and the searchable copy
 * embeds it as it is. Any other page is rendered.
 */
final class ScannedJpegPage {

    /** How far, in points, the picture may miss the page's edges (rounding in the writers' numbers). */
    private static final double TOLERANCE_PT = 1.0;

    private ScannedJpegPage() {
    }

    /** The page's JPEG as a master at {@code dpi}, if the page is one scanned JPEG picture. */
    static Optional<EncodedPage> of(PDPage page, int dpi) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return Optional.empty();
        }
        Optional<COSName> drawn = soleImageDrawnOver(page);
        PDResources resources = page.getResources();
        if (drawn.isEmpty() || resources == null) {
            return Optional.empty();
        }
        PDXObject x = resources.getXObject(drawn.get());
        if (!(x instanceof PDImageXObject image) || !plainJpeg(image)) {
            return Optional.empty();
        }
        byte[] jpeg;
        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
            jpeg = raw.readAllBytes();
        }
        return Optional.of(new EncodedPage(jpeg, FileFormat.JPEG.mediaType(), image.getWidth(), image.getHeight(), dpi));
    }

    private static boolean plainJpeg(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        return filters.size() == 1 && COSName.DCT_DECODE.equals(filters.getFirst())
                && image.getBitsPerComponent() == 8 && !image.isStencil()
                && (image.getColorSpace() instanceof PDDeviceGray || image.getColorSpace() instanceof PDDeviceRGB)
                && image.getCOSObject().getDictionaryObject(COSName.DECODE) == null
                && image.getCOSObject().getDictionaryObject(COSName.SMASK) == null
                && image.getCOSObject().getDictionaryObject(COSName.MASK) == null
                && image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null;
    }

    /**
     * The name of the one image the content draws, if the content does nothing else (save, restore,
     * transform, draw) and the image covers the crop box exactly.
     */
    private static Optional<COSName> soleImageDrawnOver(PDPage page) throws IOException {
        Deque<AffineTransform> saved = new ArrayDeque<>();
        AffineTransform ctm = new AffineTransform();
        COSName drawn = null;
        AffineTransform drawnWith = null;
        List<Object> tokens = new PDFStreamParser(page).parse();
        int operandsFrom = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            List<Object> operands = tokens.subList(operandsFrom, i);
            operandsFrom = i + 1;
            switch (op.getName()) {
                case "q" -> saved.push(new AffineTransform(ctm));
                case "Q" -> {
                    if (saved.isEmpty()) {
                        return Optional.empty();
                    }
                    ctm = saved.pop();
                }
                case "cm" -> {
                    double[] m = numbers(operands, 6);
                    if (m == null) {
                        return Optional.empty();
                    }
                    ctm.concatenate(new AffineTransform(m));
                }
                case "Do" -> {
                    if (drawn != null || operands.size() != 1 || !(operands.getFirst() instanceof COSName name)) {
                        return Optional.empty();
                    }
                    drawn = name;
                    drawnWith = new AffineTransform(ctm);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (drawn == null) {
            return Optional.empty();
        }
        PDRectangle box = page.getCropBox();
        boolean covers = drawnWith.getShearX() == 0 && drawnWith.getShearY() == 0
                && near(drawnWith.getScaleX(), box.getWidth()) && near(drawnWith.getScaleY(), box.getHeight())
                && near(drawnWith.getTranslateX(), box.getLowerLeftX()) && near(drawnWith.getTranslateY(), box.getLowerLeftY());
        return covers ? Optional.of(drawn) : Optional.empty();
    }

    private static double[] numbers(List<Object> operands, int count) {
        if (operands.size() != count) {
            return null;
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE_PT;
    }
}
