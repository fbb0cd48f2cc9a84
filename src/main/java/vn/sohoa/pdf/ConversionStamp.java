package vn.sohoa.pdf;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The visible mark on a document made from paper, in the bottom margin of every page: converted
 * from a paper original, when, by whom and in which unit, and the document's identifier.
 */
final class ConversionStamp {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float SIZE = 6.5f;

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
        out.saveGraphicsState();
        out.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        out.beginText();
        out.setFont(font, fit(line1, pageWidthPt));
        out.newLineAtOffset(18, 16);
        out.showText(line1);
        out.endText();
        out.beginText();
        out.setFont(font, fit(line2, pageWidthPt));
        out.newLineAtOffset(18, 8);
        out.showText(line2);
        out.endText();
        out.restoreGraphicsState();
    }

    private float fit(String text, float pageWidthPt) throws IOException {
        float width = font.getStringWidth(text) / 1000f * SIZE;
        return width <= pageWidthPt - 36 ? SIZE : SIZE * (pageWidthPt - 36) / width;
    }
}
