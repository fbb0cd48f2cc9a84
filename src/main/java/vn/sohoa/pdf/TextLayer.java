package vn.sohoa.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;

/**
 * The invisible text over a page image, word by word from the OCR boxes: every word of a line sits
 * on that line's baseline at one font size (so text extraction keeps each line whole and in
 * order), starts at its box's left edge and is stretched horizontally to its box's width (so
 * search highlights and selections cover the word in the picture). Lines go in reading order.
 */
final class TextLayer {

    private final PDType0Font font;
    private final float ascent;
    private final float descent;
    private final Map<Integer, Boolean> covered = new HashMap<>();

    TextLayer(PDType0Font font) {
        this.font = font;
        this.ascent = font.getFontDescriptor().getAscent() / 1000f;
        this.descent = -font.getFontDescriptor().getDescent() / 1000f;
    }

    void draw(PDPageContentStream out, PageText text, int dpi, float pageHeightPt) throws IOException {
        if (text.lines().isEmpty()) {
            return;
        }
        float scale = 72f / dpi;
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER);
        for (OcrLine line : text.lines()) {
            // the line's glyph box spans its OCR box: ascent above the baseline, descent below
            float size = Math.max(1f, line.box().height() * scale / (ascent + descent));
            float baseline = pageHeightPt - (line.box().bottom() * scale - descent * size);
            var words = line.words();
            for (int i = 0; i < words.size(); i++) {
                OcrWord word = words.get(i);
                String shown = printable(word.text());
                if (shown.isEmpty()) {
                    continue;
                }
                Box box = word.box();
                float natural = font.getStringWidth(shown) / 1000f * size;
                float stretch = natural <= 0 ? 100 : Math.max(1f, box.width() * scale / natural * 100f);
                out.setFont(font, size);
                out.setHorizontalScaling(stretch);
                out.setTextMatrix(Matrix.getTranslateInstance(box.left() * scale, baseline));
                show(out, i + 1 < words.size() ? shown + " " : shown);
            }
        }
        out.endText();
    }

    /**
     * Shows the text as its characters' own glyphs. {@code showText} would run the font's GSUB rules
     * over every word, compiling regular expressions each time (a tenth of the document writer's time
     * and much of its compiling, bench/README.md, OCR run 7), for ligatures an invisible layer has no
     * use for; without them every glyph maps back to exactly one character.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the one way past showText's GSUB pass in PDFBox 3.0
    private void show(PDPageContentStream out, String text) throws IOException {
        byte[] glyphs = font.encode(text);
        if (font.willBeSubset()) {
            text.codePoints().forEach(font::addToSubset);
        }
        StringBuilder op = new StringBuilder(glyphs.length * 2 + 6).append('<');
        for (byte b : glyphs) {
            op.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        out.appendRawCommands(op.append("> Tj\n").toString());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The word without characters the font has no glyph for (they could not be embedded). */
    private String printable(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            if (covered.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
