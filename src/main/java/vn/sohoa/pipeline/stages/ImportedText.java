package vn.sohoa.pipeline.stages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.PageText;
import vn.sohoa.pdf.ExistingText;
import vn.sohoa.pipeline.StageContext;

/**
 * The text a page imported from a PDF already carries (born digital, or OCR'd before), as
 * {@code sohoa ocr} keeps it: such a page is neither turned nor straightened (that would move its
 * words) nor read again. The source PDF is the blob the import stored byte for byte; the page's
 * origin ({@code file:<sha256>#p<n>}) names it. A page the clerk turned is read again: its old
 * words no longer sit where the turned image shows them.
 */
final class ImportedText {

    private static final Pattern ORIGIN = Pattern.compile("file:([0-9a-f]{64})#p(\\d+)");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private ImportedText() {
    }

    static Optional<PageText> of(Page page, StageContext context) {
        Matcher m = ORIGIN.matcher(page.origin());
        if (!m.matches() || context.catalog().pageTurns().of(page.id()) != 0) {
            return Optional.empty();
        }
        Sha256 source = new Sha256(m.group(1));
        if (!context.blobs().contains(source) || !isPdf(source, context)) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(2)) - 1;
        try (ExistingText text = ExistingText.open(context.blobs().path(source))) {
            return text.page(index, page.master().dpi(), page.master().widthPx(), page.master().heightPx());
        }
    }

    private static boolean isPdf(Sha256 source, StageContext context) {
        try (InputStream in = context.blobs().open(source)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
