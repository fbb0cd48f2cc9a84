package vn.sohoa.anonymize.redact;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import vn.sohoa.ocr.Box;

/**
 * Burns masks into a page image: each region is filled black (with a margin, so that diacritics
 * and stray ink at a word's edge go too) and its code or label is drawn in white, in a font with
 * every Vietnamese letter, squeezed to fit. The pixels under a mask are overwritten before any PDF
 * exists, so nothing of them is left to recover. Bitonal pages stay bitonal.
 */
public final class Burner {

    private static final String FONT = "/vn/sohoa/pdf/DejaVuSans.ttf";
    private static final Font BASE = loadFont();

    private Burner() {
    }

    public static BufferedImage burn(BufferedImage page, List<Burn> burns) {
        boolean bitonal = page.getType() == BufferedImage.TYPE_BYTE_BINARY;
        boolean grey = bitonal || page.getColorModel().getNumColorComponents() == 1;
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    bitonal ? RenderingHints.VALUE_TEXT_ANTIALIAS_OFF : RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            for (Burn b : burns) {
                Box r = padded(b.box(), page.getWidth(), page.getHeight());
                g.fillRect(r.left(), r.top(), r.width(), r.height());
            }
            // labels after every fill, so that a neighbouring mask never covers one
            for (Burn b : burns) {
                if (!b.label().isBlank()) {
                    label(g, padded(b.box(), page.getWidth(), page.getHeight()), b.label());
                }
            }
        } finally {
            g.dispose();
        }
        if (!bitonal) {
            return out;
        }
        BufferedImage binary = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D b = binary.createGraphics();
        b.drawImage(out, 0, 0, null);
        b.dispose();
        return binary;
    }

    /**
     * The region grown by a quarter of its height up and down (Vietnamese stacks marks above and below
     * letters, and faded ink may lie outside the box OCR drew) and a sixth to each side, inside the page.
     */
    static Box padded(Box box, int width, int height) {
        int v = Math.max(3, box.height() / 4);
        int h = Math.max(3, box.height() / 6);
        return new Box(Math.max(0, box.left() - h), Math.max(0, box.top() - v), Math.min(width, box.right() + h),
                Math.min(height, box.bottom() + v));
    }

    private static void label(Graphics2D g, Box r, String text) {
        float size = Math.max(6f, r.height() * 0.55f);
        Font font = BASE.deriveFont(size);
        FontMetrics metrics = g.getFontMetrics(font);
        int natural = Math.max(1, metrics.stringWidth(text));
        double squeeze = Math.min(1.0, (r.width() - 4) / (double) natural);
        if (squeeze <= 0) {
            return;
        }
        g.setColor(Color.WHITE);
        g.setFont(font.deriveFont(AffineTransform.getScaleInstance(squeeze, 1.0)));
        int baseline = r.top() + (r.height() + metrics.getAscent() - metrics.getDescent()) / 2;
        int x = r.left() + (int) Math.max(2, (r.width() - natural * squeeze) / 2);
        g.drawString(text, x, baseline);
    }

    private static Font loadFont() {
        try (InputStream in = Burner.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("the font " + FONT + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
