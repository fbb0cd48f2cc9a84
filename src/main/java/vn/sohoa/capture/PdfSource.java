package vn.sohoa.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * A PDF, typically a scan: a page that is one scanned JPEG picture gives that JPEG as it is
 * ({@link ScannedJpegPage}); any other page is rendered at the resolution of the largest image on it
 * (its native scan resolution), or at 300 dpi when it has none, in bitonal, grey or colour as that image is.
 */
final class PdfSource implements PageSource {

    private static final int MIN_DPI = 100;
    private static final int MAX_DPI = 600;

    private final Path file;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfSource(Path file, PDDocument document) {
        this.file = file;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    static PdfSource open(Path file) {
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new SohoaException(SohoaException.Reason.BAD_INPUT, Message.of("import.encrypted", file.toString()), e);
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.BAD_INPUT, Message.of("import.damaged", file.toString()), e);
        }
        // each page is rendered once: PDFBox's cache of decoded images (soft references, cleared only
        // when the heap is full) would otherwise grow the heap with every page of a long PDF
        document.setResourceCache(null);
        if (document.getNumberOfPages() == 0) {
            closeQuietly(document);
            throw SohoaException.badInput("import.noPages", file.toString());
        }
        return new PdfSource(file, document);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public FileFormat format() {
        return FileFormat.PDF;
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public EncodedPage page(int index) {
        try {
            PDPage page = document.getPage(index);
            NativeImage nativeImage = largestImage(page);
            PDRectangle box = page.getCropBox();
            int dpi = nativeImage.dpiOn(box);
            ImageLimits.check(file.toString(), index + 1, Math.round(box.getWidth() / 72.0 * dpi),
                    Math.round(box.getHeight() / 72.0 * dpi));
            if (nativeImage.dpiOn(box) == nativeImage.exactDpiOn(box)) {
                Optional<EncodedPage> scanned = ScannedJpegPage.of(page, dpi);
                if (scanned.isPresent()) {
                    return scanned.get();
                }
            }
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, nativeImage.renderType());
            return MasterEncoder.encode(image, dpi);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SohoaException known) {
                throw known;
            }
            throw new SohoaException(SohoaException.Reason.BAD_INPUT, Message.of("import.damagedPage", file.toString(), index + 1), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    private static NativeImage largestImage(PDPage page) throws IOException {
        NativeImage best = NativeImage.NONE;
        PDResources resources = page.getResources();
        if (resources == null) {
            return best;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img && (long) img.getWidth() * img.getHeight() > best.pixels()) {
                boolean bitonal = img.isStencil() || img.getBitsPerComponent() == 1;
                boolean grey = bitonal || img.getColorSpace().getNumberOfComponents() == 1;
                best = new NativeImage(img.getWidth(), (long) img.getWidth() * img.getHeight(),
                        bitonal ? ImageType.BINARY : grey ? ImageType.GRAY : ImageType.RGB);
            }
        }
        return best;
    }

    private record NativeImage(int widthPx, long pixels, ImageType renderType) {
        static final NativeImage NONE = new NativeImage(0, 0, ImageType.GRAY);

        /** The picture's own resolution on the page, unclamped (0 for a page without pictures). */
        long exactDpiOn(PDRectangle box) {
            return widthPx == 0 || box.getWidth() <= 0 ? 0 : Math.round(widthPx / (box.getWidth() / 72.0));
        }

        int dpiOn(PDRectangle box) {
            if (widthPx == 0 || box.getWidth() <= 0) {
                return Resolution.DEFAULT_DPI;
            }
            long dpi = Math.round(widthPx / (box.getWidth() / 72.0));
            return (int) Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // read-only use; nothing to lose
        }
    }
}
