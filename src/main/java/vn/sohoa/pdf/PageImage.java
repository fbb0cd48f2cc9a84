package vn.sohoa.pdf;

import java.awt.image.BufferedImage;

/**
 * The picture of one page as it goes into the PDF: a JPEG file embedded byte for byte (never
 * re-encoded), a PNG file's compressed pixels embedded as they are, or decoded pixels, which are stored as CCITT G4 when bitonal (lossless) and as JPEG
 * when grey or colour.
 */
public sealed interface PageImage permits PageImage.Jpeg, PageImage.Png, PageImage.Pixels, PageImage.Prepared {

    int width();

    int height();

    /** A JPEG file as captured, embedded as it is. */
    record Jpeg(byte[] bytes, int width, int height) implements PageImage {
    }

    /** A plain PNG file as captured ({@link PngStream#embeddable}), its compressed pixels embedded as they are. */
    record Png(byte[] bytes, PngStream.Header header) implements PageImage {
        @Override
        public int width() {
            return header.width();
        }

        @Override
        public int height() {
            return header.height();
        }
    }

    /** Decoded pixels: bitonal ({@code TYPE_BYTE_BINARY}, 1 bit), grey or colour. */
    record Pixels(BufferedImage image) implements PageImage {
        @Override
        public int width() {
            return image.getWidth();
        }

        @Override
        public int height() {
            return image.getHeight();
        }

        public boolean bitonal() {
            return image.getType() == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1;
        }
    }

    /** A picture compressed when its page was read ({@link EncodedImage}), copied into the PDF as it is. */
    record Prepared(EncodedImage image) implements PageImage {
        @Override
        public int width() {
            return image.width();
        }

        @Override
        public int height() {
            return image.height();
        }
    }
}
