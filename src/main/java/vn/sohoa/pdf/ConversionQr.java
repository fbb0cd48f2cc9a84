package vn.sohoa.pdf;

import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of the conversion mark (Nghị định 137/2024/NĐ-CP, Điều 4): one line per fact, so a
 * phone shows it readably. A page's code holds the document's identifier, the SHA-256 of that page's
 * master image and the SHA-256 over all the document's master hashes (see
 * {@link ConversionMark#mastersDigest()}), which the XMP lists in full; a thousand-page document's
 * hashes would not fit in one code.
 */
public final class ConversionQr {

    /** The first line of every payload, so a reader knows what it holds and in which layout. */
    public static final String HEADER = "SOHOA-CONVERSION/1";

    private ConversionQr() {
    }

    public static String payload(ConversionMark mark, int pageNumber) {
        List<String> masters = mark.masterSha256();
        String master = masters.size() >= pageNumber ? masters.get(pageNumber - 1) : "";
        return String.join("\n", HEADER,
                "id=" + mark.documentId(),
                "page=" + pageNumber + "/" + masters.size(),
                "master-sha256=" + master,
                "masters-sha256=" + mark.mastersDigest(),
                "converted=" + XmpPacket.date(mark.convertedAt()),
                "by=" + mark.converter(),
                "unit=" + mark.unit());
    }

    /** The code's modules, with a quiet zone of four modules around them. */
    static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the conversion mark does not fit in a QR code: " + e.getMessage(), e);
        }
    }
}
