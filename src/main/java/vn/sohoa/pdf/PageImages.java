package vn.sohoa.pdf;

import java.awt.image.BufferedImage;
import java.util.Optional;

import vn.sohoa.ocr.CleanedPage;

/**
 * Chooses the picture that goes into the PDF for a page: the captured JPEG byte for byte, or a clean
 * page's PNG pixel data as it is, when the page was not turned or straightened, otherwise the pixels (bitonal pages stay bitonal, so they
 * are stored losslessly as CCITT G4).
 */
public final class PageImages {

    private PageImages() {
    }

    public static PageImage choose(byte[] encoded, String mediaType, BufferedImage decoded, CleanedPage cleaned) {
        if (!cleaned.changed()) {
            if ("image/jpeg".equals(mediaType)) {
                return new PageImage.Jpeg(encoded, decoded.getWidth(), decoded.getHeight());
            }
            // a clean page would be stored losslessly anyway: the PNG's own compression saves doing it again
            Optional<PngStream.Header> png = "image/png".equals(mediaType) ? PngStream.embeddable(encoded) : Optional.empty();
            if (png.isPresent() && CleanBackground.isClean(decoded)) {
                return new PageImage.Png(encoded, png.get());
            }
            return new PageImage.Pixels(decoded);
        }
        if (new PageImage.Pixels(decoded).bitonal()) {
            return new PageImage.Pixels(toBitonal(cleaned.image()));
        }
        return new PageImage.Pixels(cleaned.image());
    }

    private static BufferedImage toBitonal(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        var g = out.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }
}
