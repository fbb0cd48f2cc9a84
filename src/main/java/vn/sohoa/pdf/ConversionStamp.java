package vn.sohoa.pdf;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.google.zxing.common.BitMatrix;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The visible mark on a document made from paper, in the bottom margin of every page: converted
 * from a paper original, when, by whom and in which unit, and the document's identifier, in two
 * lines of text and, in the bottom right corner, a QR code of the same facts ({@link ConversionQr}),
 * drawn as vector squares so it stays sharp at any zoom.
 */
final class ConversionStamp {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float SIZE = 6.5f;
    /** Side of the QR code with its quiet zone: about 2.1 cm, about 4 pixels a module at 300 dpi. */
    static final float QR_SIDE = 60;
    static final float MARGIN = 6;

    private final PDType0Font font;
    private final ConversionMark mark;

    ConversionStamp(PDType0Font font, ConversionMark mark) {
        this.font = font;
        this.mark = mark;
    }

    void draw(PDPageContentStream out, float pageWidthPt, int pageNumber) throws IOException {
        String line1 = "Bản số hóa từ bản giấy · Converted from a paper original · " + WHEN.format(mark.convertedAt())
                + " · " + mark.converter() + " · " + mark.unit();
        String line2 = "Mã tài liệu · Document " + mark.documentId() + " · trang · page " + pageNumber
                + " · SHA-256 " + (mark.masterSha256().size() >= pageNumber ? mark.masterSha256().get(pageNumber - 1) : "");
        float textWidth = pageWidthPt - QR_SIDE - 2 * MARGIN;
        out.saveGraphicsState();
        drawQr(out, ConversionQr.payload(mark, pageNumber), pageWidthPt - QR_SIDE - MARGIN, MARGIN);
        out.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        out.beginText();
        out.setFont(font, fit(line1, textWidth));
        out.newLineAtOffset(18, 18);
        out.showText(line1);
        out.endText();
        out.beginText();
        out.setFont(font, fit(line2, textWidth));
        out.newLineAtOffset(18, 10);
        out.showText(line2);
        out.endText();
        out.restoreGraphicsState();
    }

    private float fit(String text, float availablePt) throws IOException {
        float width = font.getStringWidth(text) / 1000f * SIZE;
        return width <= availablePt - 18 ? SIZE : SIZE * (availablePt - 18) / width;
    }

    /** White square (the quiet zone) with the dark modules on it, bottom left corner at (x, y). */
    private static void drawQr(PDPageContentStream out, String payload, float x, float y) throws IOException {
        BitMatrix matrix = ConversionQr.matrix(payload);
        int n = matrix.getWidth();
        float module = QR_SIDE / n;
        out.setNonStrokingColor(1f, 1f, 1f);
        out.addRect(x, y, QR_SIDE, QR_SIDE);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per run of dark modules; rows overlap a hair so no seams show when rendered
                out.addRect(x + start * module, y + (n - 1 - row) * module, (col - start) * module, module * 1.02f);
            }
        }
        out.fill();
    }
}
