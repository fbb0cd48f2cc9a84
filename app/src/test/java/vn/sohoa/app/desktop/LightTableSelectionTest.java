package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.DocumentCount;
import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/**
 * The light table with several pages selected (shift and ctrl clicks, Ctrl+A) through the window on the
 * real engine: they move, leave, turn and split together; "Insert files…" takes its files from the
 * chooser (a test's, in place of the native dialog) and Undo takes the inserted pages back out of the
 * case; each document shows its pages against its declared count.
 */
class LightTableSelectionTest extends DesktopRobot {

    static final String CASE = "15/2026/DS-ST";

    Path home;

    @SuppressWarnings("unchecked")
    private ListView<PageItem> scanned(java.util.function.Supplier<ScannerDrivers> feeder, int pages) throws Exception {
        home = dir.resolve("home");
        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(feeder, "--home=" + home));
        WaitForAsyncUtils.waitForFxEvents();
        app.window();   // the window shows first and is filled in after (SohoaDesktop.start): wait for it
        clickOn("#tab-scan");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().scanners().isEmpty(), 60);
        interact(() -> {
            lookup("#case-number").queryAs(TextField.class).setText(CASE);
            ((javafx.scene.control.Spinner<Integer>) lookup("#max-pages").query()).getValueFactory().setValue(pages);
        });
        clickOn("#scan");
        ListView<PageItem> list = lookup("#pages").queryListView();
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        return list;
    }

    /** The light table's cell showing the page at {@code index}. */
    private ListCell<?> cell(ListView<PageItem> pages, int index) {
        return lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getListView() == pages && c.getIndex() == index
                && c.getItem() != null).query();
    }

    private static List<Long> ids(ListView<PageItem> pages) {
        return pages.getItems().stream().map(p -> p.page().id()).toList();
    }

    private static List<Integer> selection(ListView<PageItem> pages) {
        return pages.getSelectionModel().getSelectedIndices().stream().sorted().toList();
    }

    @Test
    void selectedPagesMoveLeaveTurnAndSplitTogether() throws Exception {
        ListView<PageItem> pages = scanned(() -> FeederSheets.loaded(4, 100), 4);
        assertThat(pages.getItems()).hasSize(4);
        List<Long> p = ids(pages);

        clickOn(cell(pages, 1));
        press(KeyCode.SHIFT);
        clickOn(cell(pages, 3));
        release(KeyCode.SHIFT);
        assertThat(selection(pages)).containsExactly(1, 2, 3);
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(ids(pages)).containsExactly(p.get(1), p.get(2), p.get(3), p.get(0));
        assertThat(selection(pages)).as("the moved pages stay selected").containsExactly(0, 1, 2);
        assertThat(lookup("#selection").queryAs(Label.class).getText()).isEqualTo("Đã chọn 3/4 trang");

        press(KeyCode.CONTROL);
        clickOn(cell(pages, 1));
        release(KeyCode.CONTROL);
        assertThat(selection(pages)).containsExactly(0, 2);
        type(KeyCode.DELETE);
        assertThat(pages.getItems()).extracting(i -> i.removedProperty().get()).containsExactly(true, false, true, false);
        clickOn("#undo");
        assertThat(pages.getItems()).extracting(i -> i.removedProperty().get()).containsExactly(false, false, false, false);

        clickOn(cell(pages, 0));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(selection(pages)).containsExactly(0, 1, 2, 3);
        press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(pages.getItems()).extracting(i -> i.turnProperty().get()).containsExactly(90, 90, 90, 90);

        clickOn(cell(pages, 3));
        press(KeyCode.CONTROL);
        clickOn(cell(pages, 2));
        release(KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(pages.getItems()).extracting(i -> i.startsDocumentProperty().get().isPresent())
                .as("the split is at the first selected page").containsExactly(false, false, true, false);

        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            long caseId = ws.catalog().findCase(vn.sohoa.casefile.CaseNumber.parse(CASE)).orElseThrow().id();
            List<Document> documents = ws.catalog().documents(caseId);
            assertThat(documents).hasSize(2);
            assertThat(ws.catalog().pages(documents.get(0).id())).extracting(Page::id).containsExactly(p.get(1), p.get(2));
            assertThat(ws.catalog().pages(documents.get(1).id())).extracting(Page::id).containsExactly(p.get(3), p.get(0));
            assertThat(p).allSatisfy(id -> assertThat(ws.catalog().pageTurns().of(id)).isEqualTo(90));
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
        assertThat(app.window().scanStation().documents()).extracting(DocumentCount::pages).containsExactly(2, 2);
    }

    @Test
    void filesFromTheChooserAreInsertedAndUndoTakesThemBackOutOfTheCase() throws Exception {
        ListView<PageItem> pages = scanned(() -> FeederSheets.loaded(2, 100), 2);
        List<Long> scanned = ids(pages);
        Path tiff = vn.sohoa.testing.TestFiles.tiff(dir.resolve("two.tif"), 2, 300, 400, false);
        List<FileChooser.ExtensionFilter> asked = new ArrayList<>();
        List<Path> answer = new ArrayList<>();
        app.window().chooseFilesWith((owner, title, filter) -> {
            asked.add(filter);
            return List.copyOf(answer);
        });

        // Cancelled: nothing happens.
        clickOn(cell(pages, 1));
        clickOn("#insert-files");
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst().getExtensions()).contains("*.tif", "*.pdf", "*.png");
        assertThat(app.window().scanStation().work().isRunning()).isFalse();
        assertThat(ids(pages)).isEqualTo(scanned);

        answer.add(tiff);
        clickOn(cell(pages, 1));
        clickOn("#insert-files");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(pages.getItems()).hasSize(4);
        List<Long> inserted = ids(pages).subList(1, 3);
        assertThat(ids(pages)).containsExactly(scanned.get(0), inserted.get(0), inserted.get(1), scanned.get(1));
        assertThat(app.window().scanStation().documents()).extracting(DocumentCount::pages).containsExactly(4);
        List<vn.sohoa.casefile.Sha256> masters = pages.getItems().subList(1, 3).stream()
                .map(i -> i.page().master().sha256()).toList();

        interact(pages::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        assertThat(lookup("#scan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(ids(pages)).isEqualTo(scanned);
        assertThat(lookup("#scan-status").queryAs(Label.class).getText()).startsWith("Đã bỏ 2 trang vừa chèn");
        assertThat(app.window().scanStation().documents()).extracting(DocumentCount::pages).containsExactly(2);
        assertThat(app.window().scanStation().canUndo()).isFalse();

        try (Workstation ws = Workstation.open(new DataHome(home))) {
            long document = ws.catalog().page(scanned.get(0)).orElseThrow().documentId();
            assertThat(ws.catalog().pages(document)).extracting(Page::id, Page::sequence)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(scanned.get(0), 1),
                            org.assertj.core.groups.Tuple.tuple(scanned.get(1), 2));
            assertThat(inserted).allSatisfy(id -> assertThat(ws.catalog().page(id)).isEmpty());
            assertThat(masters).allSatisfy(m -> assertThat(ws.blobs().contains(m)).as("evidence is kept").isTrue());
            assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.removed"))
                    .extracting(e -> e.object().orElseThrow()).containsExactlyInAnyOrderElementsOf(masters);
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action).contains("page.inserted");
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
    }

    @Test
    void eachDocumentShowsItsPagesAgainstTheCountItsSeparatorSheetDeclared() throws Exception {
        scanned(() -> FeederSheets.separated(CASE, 100, List.of("Đơn khởi kiện", "Biên bản hòa giải"), new int[] {2, 3},
                new int[] {2, 2}), 0);
        ListView<DocumentCount> documents = lookup("#documents").queryListView();
        WaitForAsyncUtils.waitForFxEvents();   // the list lays its cells out on the next pulse
        assertThat(documents.getItems()).containsExactly(
                new DocumentCount(1, "Đơn khởi kiện", 2, java.util.Optional.of(2)),
                new DocumentCount(2, "Biên bản hòa giải", 2, java.util.Optional.of(3)));
        ListCell<?> matching = lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getListView() == documents
                && c.getIndex() == 0).query();
        ListCell<?> differing = lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getListView() == documents
                && c.getIndex() == 1).query();
        assertThat(matching.getText()).isEqualTo("1. Đơn khởi kiện — 2/2 trang");
        assertThat(matching.getStyleClass()).doesNotContain("count-differs");
        assertThat(differing.getText()).isEqualTo("2. Biên bản hòa giải — 2/3 trang");
        assertThat(differing.getStyleClass()).contains("count-differs");
        assertThat(differing.getTextFill()).isEqualTo(javafx.scene.paint.Color.web("#cf222e"));
    }
}
