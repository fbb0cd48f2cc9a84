package vn.sohoa.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Whether a PDF carries a digital signature, which SoHoa must never rewrite. */
final class SignedPdf {

    private SignedPdf() {
    }

    static boolean isSigned(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return !doc.getSignatureDictionaries().isEmpty();
        } catch (IOException e) {
            return false;   // unreadable PDFs are refused by the page source with their own reason
        }
    }
}
