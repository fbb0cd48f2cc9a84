package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.FindingRow;
import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.app.desktop.model.Verdict;
import vn.sohoa.app.desktop.model.ViewerModel;
import vn.sohoa.app.desktop.view.MainWindow;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/**
 * The whole desktop workflow, driven through the window on the real engine (TestFX on Monocle):
 * the clerk scans 12 pages from the simulated feeder, reorders, removes and splits, signs with the
 * demo clerk's key (B-T from the loopback TSA), writes the bundle and syncs the signed batch to a
 * central repository on the loopback through the sync panel; the judge opens the bundle and sees it
 * green, then a copy with one byte flipped, and sees it red.
 */
class ClerkToJudgeTest extends DesktopRobot {

    static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");


    @Test
    void scanArrangeSignBundleAndJudge() throws Exception {
        EvidenceFixture evidence = EvidenceFixture.get();
        Path home = dir.resolve("home");
        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(12, 150),
                "--home=" + home, "--trust=" + evidence.pki.trust()));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow window = app.window();

        // The scanning station: the case number is checked as it is typed.
        clickOn("#tab-scan");
        waitUntil(() -> !window.scanStation().scanners().isEmpty(), 60);
        clickOn("#case-number").write("15/2026/XY");
        assertThat(lookup("#case-problem").queryAs(Label.class).getText()).isNotBlank();
        assertThat(lookup("#scan").queryButton().isDisabled()).isTrue();
        interact(() -> lookup("#case-number").queryAs(TextField.class).setText("15/2026/DS-ST"));
        assertThat(lookup("#case-problem").queryAs(Label.class).getText()).isEmpty();
        interact(() -> lookup("#doc-title").queryAs(TextField.class).setText("Đơn khởi kiện và tài liệu kèm theo"));
        clickOn("#scan");

        ListView<PageItem> pages = lookup("#pages").queryListView();
        waitUntil(() -> !window.scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).hasSize(12);
        assertThat(pages.getItems()).allSatisfy(p -> assertThat(p.stageProperty().get()).isEqualTo("Đã nhận dạng chữ"));
        List<Long> scanned = pages.getItems().stream().map(p -> p.page().id()).toList();

        // Reorder with the keyboard: page 3 goes after page 4.
        interact(() -> pages.getSelectionModel().clearAndSelect(2));
        clickOn(pages).press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(pages.getItems().get(3).page().id()).isEqualTo(scanned.get(2));
        // Remove the last page (its master stays), then split a second document off at page 7.
        interact(() -> pages.getSelectionModel().clearAndSelect(11));
        clickOn("#remove");
        assertThat(pages.getItems().get(11).removedProperty().get()).isTrue();
        interact(() -> {
            pages.getSelectionModel().clearAndSelect(6);
            lookup("#split-title").queryAs(TextField.class).setText("Biên bản lấy lời khai");
        });
        clickOn("#split");
        assertThat(pages.getItems().get(6).startsDocumentProperty().get()).isPresent();
        clickOn("#save-arrangement");
        waitUntil(() -> !window.scanStation().work().isRunning(), 300);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).hasSize(11);

        try (Workstation ws = Workstation.open(new DataHome(home))) {
            CaseFile caseFile = ws.catalog().findCase(CASE).orElseThrow();
            List<Document> documents = ws.catalog().documents(caseFile.id());
            assertThat(documents).extracting(Document::title)
                    .containsExactly("Đơn khởi kiện và tài liệu kèm theo", "Biên bản lấy lời khai");
            assertThat(ws.catalog().pages(documents.get(0).id())).extracting(p -> p.id())
                    .containsExactly(scanned.get(0), scanned.get(1), scanned.get(3), scanned.get(2), scanned.get(4), scanned.get(5));
            assertThat(ws.catalog().pages(documents.get(1).id())).hasSize(5);
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                    .contains("page.removed", "page.moved", "document.created");
            assertThat(ws.verifyCustody().intact()).isTrue();
            assertThat(documents).allSatisfy(d -> assertThat(ws.documentPdf(d)).isPresent());
        }

        // Personal-data review of the first document: keep one item, mask the rest, approve.
        clickOn("#tab-pii");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CaseNumber> choice = lookup("#pii-case").queryAs(ComboBox.class);
            choice.setValue(CASE);
        });
        interact(() -> window.piiReview().documentProperty().set(window.piiReview().documents().getFirst()));
        waitUntil(() -> !window.piiReview().work().isRunning(), 60);
        assertThat(window.piiReview().findings()).isNotEmpty();
        String before = window.piiReview().previewProperty().get();
        FindingRow kept = window.piiReview().findings().getFirst();
        assertThat(before).isNotEqualTo(window.piiReview().textProperty().get());
        interact(() -> kept.acceptedProperty().set(false));
        assertThat(window.piiReview().previewProperty().get()).isNotEqualTo(before);
        clickOn("#pii-approve");
        waitUntil(() -> !window.piiReview().work().isRunning(), 60);
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                    .contains("pii.rejected", "pii.accepted", "pii.approved");
        }

        // Signing with the demo clerk's PKCS#12, time-stamped by the loopback TSA.
        clickOn("#tab-sign");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CaseNumber> choice = lookup("#sign-case").queryAs(ComboBox.class);
            choice.setValue(CASE);
            lookup("#key-spec").queryAs(TextField.class).setText("p12:" + evidence.pki.p12(DemoPki.CLERK));
            lookup("#tsa").queryAs(TextField.class).setText(evidence.tsa.url());
        });
        waitUntil(() -> window.signing().rows().size() == 2 && !window.signing().work().isRunning(), 60);
        assertThat(window.signing().rows()).allSatisfy(r -> assertThat(r.levelProperty().get()).isEqualTo("Chưa ký"));
        clickOn("#sign-button");
        String password = Files.readString(evidence.pki.passwordFile(DemoPki.CLERK)).strip();
        // The robot types only plain keys reliably; the password goes in as the clerk's paste would.
        interact(() -> lookup("#secret").queryAs(javafx.scene.control.PasswordField.class).setText(password));
        clickOn("#secret").type(KeyCode.ENTER);
        waitUntil(() -> !window.signing().work().isRunning()
                && (!window.signing().work().errorProperty().get().isEmpty()
                || window.signing().rows().stream().noneMatch(r -> r.levelProperty().get().equals("Chưa ký"))), 300);
        assertThat(lookup("#sign-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(window.signing().rows()).allSatisfy(r -> assertThat(r.levelProperty().get()).isEqualTo("B-T"));
        assertThat(lookup("#signer").queryAs(Label.class).getText()).contains("Nguyễn Thị Thư Ký");

        Path bundle = dir.resolve("15-2026-DS-ST.asice");
        interact(() -> lookup("#bundle-path").queryAs(TextField.class).setText(bundle.toString()));
        clickOn("#bundle-button");
        waitUntil(() -> !window.signing().work().isRunning() && Files.exists(bundle), 120);
        assertThat(lookup("#sign-error").queryAs(Label.class).getText()).isEmpty();

        // Sync through the panel to a central repository on the loopback: the signed batch goes to done.
        try (vn.sohoa.app.central.CentralRepository central = vn.sohoa.app.central.CentralRepository.start(dir.resolve("central"), 0)) {
            Files.writeString(home.resolve("sync.properties"), central.syncProperties());
            vn.sohoa.app.desktop.model.SyncModel sync = window.syncPanel();
            clickOn("#tab-sync");
            waitUntil(() -> sync.connectivityProperty().get() == vn.sohoa.app.desktop.model.Connectivity.ONLINE, 60);
            clickOn("#sync-now");   // the key is still unlocked from signing
            waitUntil(() -> !sync.work().isRunning() && !sync.batches().isEmpty() && sync.batches().stream()
                    .allMatch(b -> b.stateProperty().get() == vn.sohoa.store.OutboxBatch.State.VERIFIED), 180);
            assertThat(lookup("#sync-error").queryAs(Label.class).getText()).isEmpty();
            assertThat(sync.batches()).allSatisfy(b -> assertThat(b.objectsDoneProperty().get()).isEqualTo(1.0));
            try (vn.sohoa.sync.S3Repository repository = new vn.sohoa.sync.S3Repository(central.settings())) {
                assertThat(repository.list(sync.batches().getFirst().batchKey())).isNotEmpty();
            }
        }

        // The judge: green for the bundle as written…
        interact(() -> window.openEvidence(bundle));
        waitUntil(() -> !window.viewer().work().isRunning() && window.viewer().overallProperty().get() != ViewerModel.Overall.NONE, 120);
        assertThat(window.viewer().overallProperty().get()).isEqualTo(ViewerModel.Overall.GREEN);
        ListView<Verdict> verdicts = lookup("#viewer-verdicts").queryListView();
        assertThat(verdicts.getItems()).hasSize(3).allMatch(Verdict::ok);
        assertThat(lookup("#viewer-overall").queryAs(Label.class).getStyleClass()).contains("green");
        assertThat(window.viewer().pages()).hasSize(11);
        assertThat(window.viewer().custody()).extracting(c -> c.action()).contains("page.removed", "page.moved");
        clickOn("#viewer-search").write("toa an").type(KeyCode.ENTER);
        assertThat(window.viewer().matches()).isNotEmpty();

        // …and red for a copy with one byte flipped.
        Path tampered = SignedBundles.flipped(bundle, dir.resolve("tampered.asice"));
        interact(() -> window.openEvidence(tampered));
        waitUntil(() -> !window.viewer().work().isRunning()
                && window.viewer().overallProperty().get() == ViewerModel.Overall.RED, 120);
        assertThat(verdicts.getItems()).anyMatch(v -> !v.ok());
        assertThat(lookup("#viewer-overall").queryAs(Label.class).getStyleClass()).contains("red");
    }

    static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            java.util.concurrent.atomic.AtomicBoolean holds = new java.util.concurrent.atomic.AtomicBoolean();
            WaitForAsyncUtils.asyncFx(() -> holds.set(condition.getAsBoolean())).get();
            return holds.get();
        });
    }
}
