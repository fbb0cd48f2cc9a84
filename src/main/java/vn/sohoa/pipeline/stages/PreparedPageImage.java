package vn.sohoa.pipeline.stages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.pdf.EncodedImage;
import vn.sohoa.pdf.PageImage;
import vn.sohoa.pdf.PageImages;
import vn.sohoa.pipeline.StageContext;

/**
 * A page's picture compressed for its PDF/A while the page is read, kept as the {@value #KIND}
 * derivative of its master, so that assembling a document after its last page copies each page's
 * image stream instead of decoding and compressing every page again.
 */
final class PreparedPageImage {

    static final String KIND = "pdfa.page";
    private static final String MEDIA_TYPE = "application/x-sohoa-pdf-image";

    private PreparedPageImage() {
    }

    /** The picture the PDF takes for a page whose cleaned image is {@code cleaned} (bytes) and {@code decoded}. */
    static PageImage choose(Page page, Sha256 cleaned, byte[] bytes, BufferedImage decoded) {
        String mediaType = cleaned.equals(page.master().sha256()) ? page.master().mediaType() : "image/png";
        return PageImages.choose(bytes, mediaType, decoded, new CleanedPage(decoded, 0, 0, false));
    }

    /** Compresses the page's picture and stores it; empty when the picture cannot be kept on its own. */
    static Optional<Sha256> prepare(PageImage image, StageContext context) {
        try {
            return EncodedImage.of(image).map(e -> context.blobs().put(e.toBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress a page for its PDF: " + e.getMessage(), e);
        }
    }

    static void record(Sha256 master, Sha256 prepared, StageContext context) {
        context.catalog().recordDerivative(master, KIND, prepared, MEDIA_TYPE);
    }

    /** The page's prepared picture, if the ocr stage made one from the page's current cleaned image. */
    static Optional<PageImage> of(Page page, StageContext context) {
        return context.catalog().derivative(page.master().sha256(), KIND).map(blob -> {
            try {
                return new PageImage.Prepared(EncodedImage.fromBytes(context.blobs().read(blob)));
            } catch (IOException e) {
                throw new UncheckedIOException("page " + page.id() + ": " + e.getMessage(), e);
            }
        });
    }
}
