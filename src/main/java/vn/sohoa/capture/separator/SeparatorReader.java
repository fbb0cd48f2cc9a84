package vn.sohoa.capture.separator;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Recognises separator sheets among scanned pages (ZXing). The page is looked at in grey, scaled down
 * to about 100 dpi: the separator's code is large, and a full-size look would slow every page down.
 */
public final class SeparatorReader {

    private static final int LOOK_WIDTH = 1000;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private SeparatorReader() {
    }

    public static Optional<SeparatorSheet> read(BufferedImage page) {
        BufferedImage small = scaled(page);
        try {
            byte[] grey = ((java.awt.image.DataBufferByte) small.getRaster().getDataBuffer()).getData();
            PlanarYUVLuminanceSource luminance = new PlanarYUVLuminanceSource(grey, small.getWidth(), small.getHeight(),
                    0, 0, small.getWidth(), small.getHeight(), false);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(luminance));
            return SeparatorSheet.fromPayload(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException notASeparator) {
            return Optional.empty();
        } catch (ReaderException unreadable) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage page) {
        int w = Math.min(LOOK_WIDTH, page.getWidth());
        int h = (int) Math.round(page.getHeight() * (double) w / page.getWidth());
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        return small;
    }
}
