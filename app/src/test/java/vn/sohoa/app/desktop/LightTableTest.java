package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.store.DataHome;

/** The light table's page edits through the window (TestFX on Monocle) on the real engine and the simulated feeder. */
class LightTableTest extends DesktopRobot {

    Path home;

    /** Scans {@code pages} pages of a feeder loaded with one sheet more (for a later insertion). */
    @SuppressWarnings("unchecked")
    private ListView<PageItem> scanned(int pages) throws Exception {
        home = dir.resolve("home");
        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(pages + 1, 100),
                "--home=" + home));
        WaitForAsyncUtils.waitForFxEvents();
        app.window();   // the window shows first and is filled in after (SohoaDesktop.start): wait for it
        clickOn("#tab-scan");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().scanners().isEmpty(), 60);
        interact(() -> {
            lookup("#case-number").queryAs(TextField.class).setText("15/2026/DS-ST");
            ((javafx.scene.control.Spinner<Integer>) lookup("#max-pages").query()).getValueFactory().setValue(pages);
        });
        clickOn("#scan");
        ListView<PageItem> list = lookup("#pages").queryListView();
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(list.getItems()).hasSize(pages);
        return list;
    }

    @Test
    void selectedPagesTurnWithTheKeyboardAndButtonsUndoAndSaveAsCustodyEvents() throws Exception {
        ListView<PageItem> pages = scanned(3);
        List<Long> ids = pages.getItems().stream().map(p -> p.page().id()).toList();

        interact(() -> {
            pages.getSelectionModel().clearSelection();
            pages.getSelectionModel().selectIndices(1, 2);
            pages.requestFocus();
        });
        press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(pages.getItems()).extracting(p -> p.turnProperty().get()).containsExactly(0, 90, 90);
        interact(() -> pages.getSelectionModel().clearAndSelect(2));
        clickOn("#turn-left");
        assertThat(pages.getItems()).extracting(p -> p.turnProperty().get()).containsExactly(0, 90, 0);
        clickOn("#undo");
        assertThat(pages.getItems()).extracting(p -> p.turnProperty().get()).containsExactly(0, 90, 90);
        interact(() -> pages.getSelectionModel().clearAndSelect(2));
        clickOn("#turn-right");
        assertThat(pages.getItems()).extracting(p -> p.turnProperty().get()).containsExactly(0, 90, 180);

        clickOn("#save-arrangement");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 300);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).extracting(PageItem::savedTurn).containsExactly(0, 90, 180);

        try (Workstation ws = Workstation.open(new DataHome(home))) {
            assertThat(ids).extracting(id -> ws.catalog().pageTurns().of(id)).containsExactly(0, 90, 180);
            assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.turned"))
                    .extracting(CustodyEvent::detail).hasSize(2);
            Sha256 master = ws.catalog().page(ids.get(1)).orElseThrow().master().sha256();
            BufferedImage cleaned = ImageIO.read(new ByteArrayInputStream(
                    ws.blobs().read(ws.catalog().derivative(master, CleanStage.KIND).orElseThrow())));
            assertThat(cleaned.getWidth()).as("the page turned a quarter is landscape").isGreaterThan(cleaned.getHeight());
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesAreInsertedBeforeTheSelectedPageFromTheScannerAndFromFiles() throws Exception {
        ListView<PageItem> pages = scanned(3);
        List<Long> scanned = ids(pages);

        interact(() -> {
            ((javafx.scene.control.Spinner<Integer>) lookup("#max-pages").query()).getValueFactory().setValue(1);
            pages.getSelectionModel().clearAndSelect(1);
            pages.requestFocus();
        });
        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).as(lookup("#scan-status").queryAs(Label.class).getText()).hasSize(4);
        long fromScanner = ids(pages).get(1);
        assertThat(ids(pages)).containsExactly(scanned.get(0), fromScanner, scanned.get(1), scanned.get(2));

        Path tiff = vn.sohoa.testing.TestFiles.tiff(dir.resolve("two.tif"), 2, 300, 400, false);
        interact(() -> assertThat(app.window().scanStation().insertFiles(List.of(tiff), 0)).isTrue());
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).hasSize(6);
        assertThat(ids(pages).subList(2, 6)).containsExactly(scanned.get(0), fromScanner, scanned.get(1), scanned.get(2));
        assertThat(pages.getItems()).allSatisfy(p -> assertThat(p.stageProperty().get()).isEqualTo("Đã nhận dạng chữ"));

        try (Workstation ws = Workstation.open(new DataHome(home))) {
            long document = ws.catalog().page(scanned.get(0)).orElseThrow().documentId();
            assertThat(ws.catalog().pages(document)).extracting(vn.sohoa.casefile.Page::id).containsExactlyElementsOf(ids(pages));
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                    .contains("page.inserted", "pages.reordered");
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
    }

    private static List<Long> ids(ListView<PageItem> pages) {
        return pages.getItems().stream().map(p -> p.page().id()).toList();
    }
}
