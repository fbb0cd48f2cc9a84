package vn.sohoa.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sohoa.casefile.Page;
import vn.sohoa.store.BlobStore;

/**
 * The demo's stand-in for document assembly until the OCR/PDF-A stage lands: one image-only PDF per
 * document, each page its master at its scanned size.
 */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static void write(BlobStore blobs, List<Page> pages, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Page p : pages) {
                byte[] bytes;
                try (InputStream in = blobs.open(p.master().sha256())) {
                    bytes = in.readAllBytes();
                }
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, "page-" + p.sequence());
                float width = p.master().widthPx() * 72f / p.master().dpi();
                float height = p.master().heightPx() * 72f / p.master().dpi();
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, width, height);
                }
            }
            doc.save(out.toFile());
        }
    }
}
