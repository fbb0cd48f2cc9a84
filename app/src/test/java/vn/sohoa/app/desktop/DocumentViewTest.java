package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.DocumentViewModel;
import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.store.TextFolding;

/**
 * The document view through the window (TestFX on Monocle) on pages scanned from the simulated feeder
 * and read by the real OCR: the word under the mouse is boxed on the page and selected in the text,
 * zoom and fit, and search in the document and across the case with the matches marked.
 */
class DocumentViewTest extends DesktopRobot {


    @Test
    void hoverZoomAndSearchOnTheReadPages() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(3, 150),
                "--home=" + dir.resolve("home")));
        WaitForAsyncUtils.waitForFxEvents();
        app.window();   // the window shows first and is filled in after (SohoaDesktop.start): wait for it
        clickOn("#tab-scan");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().scanners().isEmpty(), 60);
        interact(() -> lookup("#case-number").queryAs(TextField.class).setText("15/2026/DS-ST"));
        clickOn("#scan");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);
        ListView<PageItem> scanned = lookup("#pages").queryListView();
        assertThat(scanned.getItems()).hasSize(3);
        // Page 3 starts a second document, so that the case holds more than the document.
        interact(() -> {
            app.window().scanStation().splitAt(2, DocumentType.KHAC, "Phụ lục");
            app.window().scanStation().saveArrangement();
        });
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 600);

        DocumentViewModel model = app.window().documentView();
        clickOn("#tab-document");
        clickOn("#doc-case").write("15/2026/DS-ST");
        clickOn("#doc-open");
        ClerkToJudgeTest.waitUntil(() -> model.shownProperty().get() != null && !model.work().isRunning(), 60);
        assertThat(model.documents()).hasSize(2);
        assertThat(model.pages()).hasSize(2);
        DocumentViewModel.PageShown first = model.shownProperty().get();
        assertThat(first.words()).isNotEmpty();
        assertThat(lookup("#doc-text").queryAs(TextArea.class).getText()).isEqualTo(first.text());

        // Fit the page width, then point at the longest word of the page: it is boxed and selected.
        clickOn("#doc-fit-width");
        double viewport = lookup("#doc-image").queryAs(javafx.scene.control.ScrollPane.class).getViewportBounds().getWidth();
        assertThat(model.zoomProperty().get()).isCloseTo(viewport / first.image().getWidth(), org.assertj.core.data.Offset.offset(0.01));
        int longest = java.util.stream.IntStream.range(0, first.words().size()).boxed()
                .filter(i -> first.words().get(i).top() < first.image().getHeight() / 2)
                .max(Comparator.comparingInt(i -> first.words().get(i).text().length())).orElseThrow();
        DocumentViewModel.Word box = first.words().get(longest);
        ImageView image = lookup("#doc-page-image").queryAs(ImageView.class);
        Point2D onScreen = interactAndGet(() -> image.localToScreen((box.left() + box.right()) / 2.0, (box.top() + box.bottom()) / 2.0));
        moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.hoveredWordProperty().get()).isEqualTo(longest);
        assertThat(lookup("#word-highlight").queryAs(Rectangle.class).isVisible()).isTrue();
        assertThat(lookup("#doc-text").queryAs(TextArea.class).getSelectedText()).isEqualTo(first.words().get(longest).text());
        double fitted = model.zoomProperty().get();
        clickOn("#doc-zoom-in");
        assertThat(model.zoomProperty().get()).isCloseTo(fitted * 1.25, org.assertj.core.data.Offset.offset(0.001));
        clickOn("#doc-fit-page");
        assertThat(model.zoomProperty().get()).isLessThan(fitted * 1.25);

        // Zoomed in past the view, dragging the page pans it: the viewport moves the other way.
        javafx.scene.control.ScrollPane scroller = lookup("#doc-image").queryAs(javafx.scene.control.ScrollPane.class);
        while (model.zoomProperty().get() < 1.2) {
            clickOn("#doc-zoom-in");
        }
        interact(() -> {
            scroller.setHvalue(0.5);
            scroller.setVvalue(0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds view = interactAndGet(() -> scroller.localToScreen(scroller.getLayoutBounds()));
        double across = scroller.getHvalue();
        double down = scroller.getVvalue();
        drag(new Point2D(view.getCenterX(), view.getCenterY()), javafx.scene.input.MouseButton.PRIMARY).moveBy(-150, -120).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroller.getHvalue()).as("dragged left, the view moves right").isGreaterThan(across + 0.01);
        assertThat(scroller.getVvalue()).as("dragged up, the view moves down").isGreaterThan(down + 0.01);
        assertThat(lookup("#doc-page-image").queryAs(ImageView.class).getImage()).as("the page is on screen").isNotNull();
        clickOn("#doc-fit-page");

        // A word of the second document, typed without its diacritics: not in document 1, found across the case.
        clickOn("#doc-document");
        interact(() -> model.choose(model.documents().get(1), 0));
        ClerkToJudgeTest.waitUntil(() -> !model.work().isRunning(), 60);
        DocumentViewModel.PageShown other = model.shownProperty().get();
        String word = other.words().stream().map(w -> w.text().replaceAll("[\\p{Punct}“”]", ""))
                .filter(w -> w.length() >= 5 && !first.text().toLowerCase().contains(w.toLowerCase()))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        interact(() -> model.choose(model.documents().get(0), 0));
        ClerkToJudgeTest.waitUntil(() -> !model.work().isRunning(), 60);
        interact(() -> lookup("#doc-query").queryAs(TextField.class).setText(TextFolding.fold(word)));
        clickOn("#doc-search");
        ClerkToJudgeTest.waitUntil(() -> !model.work().isRunning(), 60);
        assertThat(model.hits()).allSatisfy(h -> assertThat(h.documentOrdinal()).isEqualTo(1));
        clickOn("#doc-search-case");
        ClerkToJudgeTest.waitUntil(() -> !model.work().isRunning(), 60);
        assertThat(model.hits()).extracting(DocumentViewModel.Hit::documentOrdinal).contains(2);
        assertThat(lookup("#doc-status").queryAs(Label.class).getText()).isNotBlank();
        DocumentViewModel.Hit hit = model.hits().stream().filter(h -> h.documentOrdinal() == 2).findFirst().orElseThrow();
        interact(() -> model.open(hit));
        ClerkToJudgeTest.waitUntil(() -> !model.work().isRunning() && model.documentProperty().get().ordinal() == 2, 60);
        assertThat(model.matchingWordsProperty().get()).isNotEmpty();
        assertThat(lookup(".search-hit").queryAll()).hasSameSizeAs(model.matchingWordsProperty().get());
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
