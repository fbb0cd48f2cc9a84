package vn.sohoa.scanner.simulated;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws realistic pages of a Vietnamese case file (A4, serif type as courts print it, centred
 * headings, justified-looking wrapped paragraphs) for the demo and for tests, with the printed
 * lines as ground truth. The same seed gives the same pages.
 */
public final class CaseFilePageGenerator {

    private static final double A4_WIDTH_IN = 8.27;
    private static final double A4_HEIGHT_IN = 11.69;
    private static final double MARGIN_IN = 0.9;
    private static final float BODY_PT = 13f;

    private final int dpi;
    private final Font body;
    private final Font heading;

    public CaseFilePageGenerator(int dpi) {
        this.dpi = dpi;
        float px = BODY_PT * dpi / 72f;
        this.body = pickSerif().deriveFont(Font.PLAIN, px);
        this.heading = body.deriveFont(Font.BOLD, px * 1.1f);
    }

    /** The documents of one civil case: statement of claim, record of statement, judgment. */
    public List<GeneratedDocument> civilCase(long seed, String caseNumber, String court) {
        CaseFileText text = new CaseFileText(seed, caseNumber, court);
        return List.of(
                new GeneratedDocument("don-khoi-kien", "Đơn khởi kiện", render(text.statementOfClaim())),
                new GeneratedDocument("bien-ban-lay-loi-khai", "Biên bản lấy lời khai", render(text.recordOfStatement())),
                new GeneratedDocument("ban-an", "Bản án sơ thẩm", render(text.judgment())));
    }

    private List<GeneratedPage> render(List<List<String>> pages) {
        List<GeneratedPage> out = new ArrayList<>();
        for (List<String> paragraphs : pages) {
            out.add(renderPage(paragraphs));
        }
        return out;
    }

    private GeneratedPage renderPage(List<String> paragraphs) {
        int width = (int) Math.round(A4_WIDTH_IN * dpi);
        int height = (int) Math.round(A4_HEIGHT_IN * dpi);
        int margin = (int) Math.round(MARGIN_IN * dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(20, 20, 20));
        List<String> printed = new ArrayList<>();
        int y = margin;
        for (String paragraph : paragraphs) {
            boolean isHeading = !paragraph.isEmpty() && paragraph.equals(paragraph.toUpperCase(java.util.Locale.ROOT))
                    && paragraph.chars().anyMatch(Character::isLetter);
            Font font = isHeading ? heading : body;
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int lineHeight = (int) (fm.getHeight() * 1.15);
            if (paragraph.isEmpty()) {
                y += lineHeight / 2;
                continue;
            }
            for (String line : wrap(paragraph, fm, width - 2 * margin)) {
                if (y + lineHeight > height - margin) {
                    break;
                }
                boolean centred = isHeading || paragraph.startsWith("Độc lập");
                int x = centred ? (width - fm.stringWidth(line)) / 2 : margin;
                g.drawString(line, x, y + fm.getAscent());
                printed.add(line);
                y += lineHeight;
            }
        }
        g.dispose();
        return new GeneratedPage(image, dpi, printed);
    }

    private static List<String> wrap(String paragraph, FontMetrics fm, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A serif face with every Vietnamese letter; DejaVu Serif where installed, else the JDK's logical serif. */
    private static Font pickSerif() {
        String probe = "Tòa án nhân dân ĐƠN KHỞI KIỆN ỹ ặ ữ ượ";
        for (String name : List.of("DejaVu Serif", "Liberation Serif", "Noto Serif", Font.SERIF)) {
            Font f = new Font(name, Font.PLAIN, 12);
            if (f.canDisplayUpTo(probe) == -1) {
                return f;
            }
        }
        return new Font(Font.SERIF, Font.PLAIN, 12);
    }
}
