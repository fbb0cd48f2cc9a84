package vn.sohoa.capture.separator;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws a separator sheet: an A4 page with a large QR code and, for people, what it says. */
public final class SeparatorSheetImage {

    private SeparatorSheetImage() {
    }

    public static BufferedImage render(SeparatorSheet sheet, int dpi) {
        int width = (int) Math.round(8.27 * dpi);
        int height = (int) Math.round(11.69 * dpi);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        int side = width * 3 / 5;
        BitMatrix qr = encode(sheet.payload(), side);
        int left = (width - side) / 2;
        int top = height / 5;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    g.fillRect(left + x, top + y, 1, 1);
                }
            }
        }
        g.setFont(new Font(Font.SERIF, Font.BOLD, dpi / 4));
        centre(g, "TỜ PHÂN CÁCH TÀI LIỆU — SoHoa", width, top - dpi / 2);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, dpi / 6));
        int y = top + side + dpi / 2;
        for (String line : new String[] {"Vụ án " + sheet.caseNumber(), sheet.type().names().vietnamese() + ": " + sheet.title(),
                sheet.court().orElse(""),
                sheet.declaredPages().isPresent() ? "Số trang: " + sheet.declaredPages().getAsInt() + " · pages" : "",
                "Không đánh số bút lục cho tờ này · not a page of the file"}) {
            centre(g, line, width, y);
            y += dpi / 4;
        }
        g.dispose();
        return page;
    }

    private static void centre(Graphics2D g, String text, int width, int y) {
        g.drawString(text, (width - g.getFontMetrics().stringWidth(text)) / 2, y);
    }

    private static BitMatrix encode(String payload, int side) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, side, side,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                            EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("a separator's payload always fits a QR code: " + e.getMessage(), e);
        }
    }
}
