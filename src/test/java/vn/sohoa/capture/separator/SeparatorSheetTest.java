package vn.sohoa.capture.separator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.testing.TestFiles;

class SeparatorSheetTest {

    static final SeparatorSheet SHEET = new SeparatorSheet(CaseNumber.parse("101/2025/QĐST-HNGĐ"),
            DocumentType.BIEN_BAN_HOA_GIAI, "Biên bản hòa giải; lần 2", Optional.of("Tòa án nhân dân khu vực 4 – Đà Nẵng"));

    @Test
    void thePayloadCarriesEveryFieldIntact() {
        assertThat(SeparatorSheet.fromPayload(SHEET.payload())).contains(SHEET);
        assertThat(SHEET.payload()).startsWith("SOHOA-SEP/1;case=");
    }

    @Test
    void otherCodesAndBrokenPayloadsAreNotSeparators() {
        assertThat(SeparatorSheet.fromPayload("https://congbobanan.toaan.gov.vn/")).isEmpty();
        assertThat(SeparatorSheet.fromPayload("SOHOA-SEP/1;case=12-2024;type=ban-an")).isEmpty();
        assertThat(SeparatorSheet.fromPayload("SOHOA-SEP/1;case=12%2F2024%2FHS-ST;type=hop-dong")).isEmpty();
    }

    @Test
    void aPrintedSheetIsRecognisedAtScanResolutions() {
        for (int dpi : new int[] {150, 200, 300}) {
            assertThat(SeparatorReader.read(SeparatorSheetImage.render(SHEET, dpi))).as(dpi + " dpi").contains(SHEET);
        }
    }

    @Test
    void everyDocumentTypeWithALongTitleAndCourtIsRecognised() {
        for (DocumentType type : DocumentType.values()) {
            SeparatorSheet sheet = new SeparatorSheet(CaseNumber.parse("101/2025/QĐST-HNGĐ"), type,
                    type.names().vietnamese() + " số 12 = bản chính; 100% trang", Optional.of("Tòa án nhân dân khu vực 1 – Vĩnh Long"));
            assertThat(SeparatorReader.read(SeparatorSheetImage.render(sheet, 300))).as(type.code()).contains(sheet);
        }
    }

    @Test
    void anOrdinaryPageOrAForeignQrCodeIsNotASeparator() {
        assertThat(SeparatorReader.read(TestFiles.page(1, 2480, 3508, false))).isEmpty();
        BufferedImage foreign = TestFiles.page(2, 1240, 1754, false);
        BitMatrix qr = encode("https://vanban.chinhphu.vn/");
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                foreign.getRaster().setSample(300 + x, 600 + y, 0, qr.get(x, y) ? 0 : 255);
            }
        }
        assertThat(SeparatorReader.read(foreign)).isEmpty();
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400);
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
