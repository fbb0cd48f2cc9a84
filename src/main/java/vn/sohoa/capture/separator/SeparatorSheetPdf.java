package vn.sohoa.capture.separator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sohoa.store.StoreException;

/** Writes separator sheets to print, one A4 page each; the file appears only when complete. */
public final class SeparatorSheetPdf {

    private static final int DPI = 200;

    private SeparatorSheetPdf() {
    }

    public static void write(List<SeparatorSheet> sheets, Path out) {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try (PDDocument doc = new PDDocument()) {
            for (SeparatorSheet sheet : sheets) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, SeparatorSheetImage.render(sheet, DPI));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(partial.toFile());
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named .part and never mistaken for the output
            }
            throw new StoreException("cannot write " + out, e);
        }
    }
}
