package vn.sohoa.app.desktop.model;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders pages of the PDFs of an opened bundle; documents are parsed once, on first use. */
final class PageRenderer implements AutoCloseable {

    private Map<String, byte[]> pdfs = Map.of();
    private final Map<String, PDDocument> open = new HashMap<>();

    synchronized void load(Map<String, byte[]> documents) {
        close();
        pdfs = Map.copyOf(documents);
    }

    synchronized BufferedImage render(String document, int number, float dpi) {
        try {
            PDDocument doc = open.get(document);
            if (doc == null) {
                doc = Loader.loadPDF(pdfs.get(document));
                open.put(document, doc);
            }
            return new PDFRenderer(doc).renderImageWithDPI(number - 1, dpi, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            BufferedImage blank = new BufferedImage(8, 11, BufferedImage.TYPE_INT_RGB);
            return blank;
        }
    }

    @Override
    public synchronized void close() {
        for (PDDocument d : open.values()) {
            try {
                d.close();
            } catch (IOException ignored) {
                // Only memory is at stake.
            }
        }
        open.clear();
    }
}
