package vn.sohoa.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;

/**
 * The text a PDF page already carries (born digital, or OCR'd before), as words with boxes in the
 * pixels of the page rendered at a given resolution, so that such a page keeps its own text in the
 * searchable copy instead of being read again.
 */
public final class ExistingText implements AutoCloseable {

    /** Fewer visible characters than this on a page is no text (a stray page number mark, a space). */
    static final int MIN_CHARACTERS = 3;

    private final PDDocument document;

    private ExistingText(PDDocument document) {
        this.document = document;
    }

    public static ExistingText open(Path pdf) {
        try {
            PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
            document.setResourceCache(null);   // only text is read, each page once
            return new ExistingText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text of " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** The words on page {@code index} (from 0), placed on its rendering at {@code dpi}; empty when it has no text. */
    public synchronized Optional<PageText> page(int index, int dpi, int widthPx, int heightPx) {
        try {
            Collector collector = new Collector(dpi / 72.0);
            collector.setStartPage(index + 1);
            collector.setEndPage(index + 1);
            collector.setSortByPosition(true);
            collector.getText(document);
            collector.endLine();
            long characters = collector.lines.stream().flatMap(l -> l.words().stream())
                    .mapToLong(w -> w.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
            return characters < MIN_CHARACTERS ? Optional.empty() : Optional.of(new PageText(widthPx, heightPx, collector.lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException ignored) {
            // read-only use; nothing to lose
        }
    }

    /** Collects the stripper's words line by line, with boxes in pixels. */
    private static final class Collector extends PDFTextStripper {
        private final double scale;
        private final List<OcrLine> lines = new ArrayList<>();
        private final List<OcrWord> words = new ArrayList<>();

        Collector(double scale) {
            this.scale = scale;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = 0;
            double bottom = 0;
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            int l = (int) Math.floor(left * scale);
            int t = (int) Math.floor(top * scale);
            words.add(new OcrWord(text.strip(), new Box(Math.max(0, l), Math.max(0, t),
                    Math.max(l + 1, (int) Math.ceil(right * scale)), Math.max(t + 1, (int) Math.ceil(bottom * scale))), 100f));
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (words.isEmpty()) {
                return;
            }
            Box box = words.getFirst().box();
            for (OcrWord w : words) {
                box = box.union(w.box());
            }
            lines.add(new OcrLine(box, box.bottom(), box.bottom(), lines.isEmpty(), List.copyOf(words)));
            words.clear();
        }
    }
}
