package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.store.DataHome;

/** The desktop's Sign button on a document whose scanned pages differ from its declared count, without a toolkit. */
class SignModelPageCountTest {

    static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");

    @TempDir
    Path dir;

    @Test
    void aDocumentWithAPageMissingIsNotSignedAndTheClerkIsToldWhyInOneSentence() throws Exception {
        EvidenceFixture f = EvidenceFixture.get();
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             SignModel model = new SignModel(ws, UiThread.direct(), Texts.vietnamese())) {
            Document document = ws.scan(new SimulatedDriver(List.of(blank(), blank()), 0, 0).open(SimulatedDriver.DEVICE),
                    ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                    new ScanCapture.Into.NewDocument(DocumentType.BAN_AN, "Bản án sơ thẩm"), p -> { }, Cancellation.none())
                    .document();
            ws.declarePages(CASE, document.ordinal(), 3);
            List<CustodyEvent> before = ws.catalog().custody().events();

            model.caseNumberProperty().set(Optional.of(CASE));
            model.work().await();
            assertThat(model.rows()).hasSize(1);
            model.rows().getFirst().selectedProperty().set(true);
            model.keySpecProperty().set("p12:" + f.pki.p12(DemoPki.CLERK));
            model.sign(Files.readString(f.pki.passwordFile(DemoPki.CLERK)).strip().toCharArray());
            try {
                model.work().await();
            } catch (java.util.concurrent.ExecutionException expected) {
                // the job's failure is shown to the clerk through the error property
            }

            assertThat(model.work().errorProperty().get()).isEqualTo("Không ký tài liệu 1 “Bản án sơ thẩm” của vụ án "
                    + CASE + " vì đã khai báo 3 trang nhưng quét được 2 trang, hãy tìm trang thiếu hoặc thừa (chèn, thay hoặc "
                    + "quét lại) hoặc khai báo lại số trang trước khi ký.");
            assertThat(SignedDocuments.find(ws.catalog(), document)).isEmpty();
            assertThat(ws.catalog().custody().events()).isEqualTo(before);
        }
    }

    private static Sheet blank() {
        BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return new Sheet(image, Optional.empty(), 100);
    }
}
