package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sohoa.app.desktop.ClerkToJudgeTest.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.central.CentralRepository;
import vn.sohoa.app.desktop.model.Connectivity;
import vn.sohoa.app.desktop.model.SyncBatchRow;
import vn.sohoa.app.desktop.model.SyncModel;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.DataHome;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.sync.S3Repository;
import vn.sohoa.sync.SignedCase;

/**
 * The sync panel against a real s3proxy on the loopback (TestFX on Monocle): with the central
 * repository stopped the light says offline and the signed batch stays queued; once it runs, "sync
 * now" takes the batch to done; a batch that conflicts with what the repository holds shows failed,
 * with the reason in words, and Retry sends it once the conflict is cleared.
 */
class SyncPanelTest extends DesktopRobot {


    @Test
    void offlineKeepsTheBatchQueuedOnlineSendsItAndRetryCuresAFailure() throws Exception {
        EvidenceFixture evidence = EvidenceFixture.get();
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            SignedCase.create(catalog, blobs, dir, "21/2026/DS-ST", 2, 2);
            SignedCase.create(catalog, blobs, dir, "22/2026/DS-ST", 1, 1);
        }
        Path centralDir = dir.resolve("central");
        int port;
        try (CentralRepository central = CentralRepository.start(centralDir, 0)) {
            port = central.endpoint().getPort();
            Files.writeString(home.resolve("sync.properties"), central.syncProperties(), StandardCharsets.UTF_8);
        }

        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(1, 150),
                "--home=" + home, "--trust=" + evidence.pki.trust()));
        WaitForAsyncUtils.waitForFxEvents();
        SyncModel sync = app.window().syncPanel();
        clickOn("#tab-sign");
        interact(() -> lookup("#key-spec").queryAs(TextField.class).setText("p12:" + evidence.pki.p12(DemoPki.CLERK)));

        // The central is down: offline, and "sync now" queues the batches but sends nothing.
        clickOn("#tab-sync");
        waitUntil(() -> sync.connectivityProperty().get() == Connectivity.OFFLINE, 60);
        assertThat(lookup("#sync-connectivity").queryAs(Label.class).getText()).isEqualTo("Mất kết nối: các lô chờ đến khi có mạng");
        assertThat(lookup("#sync-connectivity").queryAs(Label.class).getStyleClass()).contains("connectivity-offline");
        clickOn("#sync-now");
        String password = Files.readString(evidence.pki.passwordFile(DemoPki.CLERK)).strip();
        interact(() -> lookup("#secret").queryAs(PasswordField.class).setText(password));
        clickOn("#secret").type(KeyCode.ENTER);
        waitUntil(() -> !sync.work().isRunning() && sync.batches().size() == 2, 120);
        assertThat(lookup("#sync-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup("#sync-status").queryAs(Label.class).getText()).contains("Không kết nối được kho trung tâm");
        TableView<SyncBatchRow> table = lookup("#sync-batches").queryTableView();
        assertThat(table.getItems()).hasSize(2).allSatisfy(r -> {
            assertThat(r.stateProperty().get()).isEqualTo(OutboxBatch.State.QUEUED);
            assertThat(r.stateTextProperty().get()).isEqualTo("Đang chờ");
            assertThat(r.objectsDoneProperty().get()).isZero();
        });
        assertThat(sync.connectivityProperty().get()).isEqualTo(Connectivity.OFFLINE);

        // The central comes back on the same port, holding other bytes under one object of the second batch.
        SyncBatchRow first = table.getItems().get(0);
        SyncBatchRow second = table.getItems().get(1);
        String clash;
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            clash = ws.catalog().outbox().objects(second.batchKey()).getFirst().objectKey();
        }
        try (CentralRepository central = CentralRepository.start(centralDir, port)) {
            Path other = dir.resolve("other.bin");
            byte[] bytes = "not the evidence".getBytes(StandardCharsets.UTF_8);
            Files.write(other, bytes);
            try (S3Repository repository = new S3Repository(central.settings())) {
                repository.put(clash, other, bytes.length, Sha256.hash(bytes), Optional.empty());
            }
            waitUntil(() -> sync.connectivityProperty().get() == Connectivity.ONLINE, 60);
            assertThat(lookup("#sync-connectivity").queryAs(Label.class).getStyleClass()).contains("connectivity-online");
            clickOn("#sync-now");   // the key is unlocked: no password asked again
            waitUntil(() -> !sync.work().isRunning() && first.stateProperty().get() == OutboxBatch.State.VERIFIED
                    && second.stateProperty().get() == OutboxBatch.State.FAILED, 120);
            assertThat(first.objectsDoneProperty().get()).isEqualTo(1.0);
            assertThat(first.bytesDoneProperty().get()).isEqualTo(1.0);
            assertThat(first.stateTextProperty().get()).isEqualTo("Đã lên kho, đã kiểm tra");
            assertThat(first.errorProperty().get()).isEmpty();
            assertThat(second.errorProperty().get()).startsWith("Trên kho đã có tệp cùng tên nhưng nội dung khác");
            Button retry = lookup("#sync-retry-1").queryButton();
            assertThat(retry.isVisible()).isTrue();
            assertThat(lookup("#sync-retry-0").queryButton().isVisible()).isFalse();

            // The administrator removes the stray object; Retry sends the batch.
            try (S3Repository repository = new S3Repository(central.settings())) {
                deleteObject(centralDir, clash);
                assertThat(repository.head(clash)).isEmpty();
            }
            clickOn(retry);
            waitUntil(() -> !sync.work().isRunning() && second.stateProperty().get() == OutboxBatch.State.VERIFIED, 120);
            assertThat(second.errorProperty().get()).isEmpty();
            assertThat(lookup("#sync-status").queryAs(Label.class).getText()).startsWith("Xong");
        }
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action).contains("sync.retried", "sync.committed");
            assertThat(ws.catalog().outbox().batches()).extracting(OutboxBatch::state).containsOnly(OutboxBatch.State.VERIFIED);
        }
    }

    /** s3proxy's filesystem store keeps an object as a file under DIR/data/BUCKET/KEY. */
    private static void deleteObject(Path centralDir, String key) throws Exception {
        Path file = centralDir.resolve("data").resolve(CentralRepository.BUCKET).resolve(key);
        assertThat(file).exists();
        Files.delete(file);
    }
}
