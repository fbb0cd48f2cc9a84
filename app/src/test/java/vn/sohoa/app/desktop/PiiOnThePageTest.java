package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sohoa.app.desktop.ClerkToJudgeTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.FindingRow;
import vn.sohoa.app.desktop.model.PageBox;
import vn.sohoa.app.desktop.model.PiiReviewModel;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.GeneratedPage;
import vn.sohoa.store.DataHome;

/**
 * Personal-data review on the page (TestFX on Monocle, real OCR): each item boxed on the page in its
 * kind's colour, row and box select each other, a box dragged on the page becomes an added mask, is
 * black in the published view, a custody event on approval and an "add region" decision of the
 * engine's published copy.
 */
class PiiOnThePageTest extends DesktopRobot {

    static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");


    @Test
    void itemsAreBoxedOnThePageAndADraggedBoxIsMasked() throws Exception {
        Path home = dir.resolve("home");
        List<GeneratedPage> generated = new CaseFilePageGenerator(200).civilCase(20260701L, CASE.toString(),
                "Tòa án nhân dân khu vực 1 – Vĩnh Long").getFirst().pages();
        List<Path> files = new ArrayList<>();
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            Path png = dir.resolve("page1.png");
            ImageIO.write(generated.getFirst().image(), "png", png.toFile());
            files.add(png);
            ws.importFiles(CASE, DocumentType.DON_KHOI_KIEN, files, p -> { }, p -> { }, Cancellation.none());
            ws.process(Optional.of(CASE), p -> { }, Cancellation.none());
        }

        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(1, 150), "--home=" + home));
        WaitForAsyncUtils.waitForFxEvents();
        PiiReviewModel pii = app.window().piiReview();
        clickOn("#tab-pii");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CaseNumber> choice = lookup("#pii-case").queryAs(ComboBox.class);
            choice.setValue(CASE);
        });
        interact(() -> pii.documentProperty().set(pii.documents().getFirst()));
        waitUntil(() -> !pii.work().isRunning() && pii.pageImageProperty().get() != null && !boxes().isEmpty(), 120);

        // Every item has boxes from its OCR words, drawn on the page in its kind's colour; the legend names every kind.
        assertThat(pii.findings()).isNotEmpty().allSatisfy(r -> assertThat(r.boxes()).isNotEmpty());
        long onFirstPage = pii.findings().stream().mapToLong(r -> r.boxes().stream().filter(b -> b.page() == 0).count()).sum();
        assertThat(boxes()).hasSize((int) onFirstPage);
        assertThat(boxes()).allSatisfy(r -> assertThat(r.getStyleClass()).anyMatch(c -> c.startsWith("pii-") && !c.equals("pii-box")));
        Set<String> kinds = new java.util.HashSet<>();
        pii.findings().forEach(r -> kinds.add("pii-" + r.kindCode().toLowerCase(java.util.Locale.ROOT)));
        assertThat(lookup("#pii-legend").queryAs(Pane.class).getChildren()).extracting(n -> n.getStyleClass().toString())
                .anyMatch(c -> kinds.stream().anyMatch(c::contains));

        // A drag in the top margin masks what the detector missed, in image pixels.
        Pane page = lookup("#pii-page").queryAs(Pane.class);
        Bounds screen = page.localToScreen(page.getBoundsInLocal());
        double scale = page.getWidth() / pii.pageImageProperty().get().getWidth();
        Point2D from = new Point2D(screen.getMinX() + page.getWidth() * 0.70, screen.getMinY() + 6);
        moveTo(from).press(MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 10).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pii.addedRegions()).singleElement().satisfies(r -> {
            assertThat(r.page()).isZero();
            assertThat(r.box().width()).isBetween((int) (70 / scale), (int) (90 / scale) + 2);
            assertThat(r.box().left()).isBetween((int) (page.getWidth() * 0.70 / scale) - 3, (int) (page.getWidth() * 0.70 / scale) + 3);
        });
        PageBox added = pii.addedRegions().getFirst();
        assertThat(pii.maskedOn(0)).contains(added);
        assertThat(boxes()).filteredOn(r -> r.getStyleClass().contains("pii-added")).hasSize(1);

        // Row and box select each other.
        TableView<FindingRow> table = lookup("#pii-findings").queryTableView();
        FindingRow last = pii.findings().getLast();
        interact(() -> table.getSelectionModel().select(last));
        assertThat(boxes()).filteredOn(r -> r.getStyleClass().contains("selected")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getUserData()).isSameAs(last));
        FindingRow first = pii.findings().getFirst();
        Rectangle firstBox = boxes().stream().filter(r -> r.getUserData() == first).findFirst().orElseThrow();
        interact(() -> firstBox.fireEvent(click(firstBox)));
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(first);

        // As published, the masked boxes and the added one are solid black; a kept item is not.
        interact(() -> first.acceptedProperty().set(false));
        clickOn("#pii-as-published");
        assertThat(boxes()).filteredOn(r -> r.getStyleClass().contains("pii-added")).singleElement()
                .satisfies(r -> assertThat(r.getStyleClass()).contains("published"));
        assertThat(boxes()).filteredOn(r -> r.getUserData() == first).allSatisfy(r ->
                assertThat(r.getStyleClass()).contains("kept").doesNotContain("published"));

        clickOn("#pii-approve");
        waitUntil(() -> !pii.work().isRunning(), 60);
        clickOn("#pii-publish");
        waitUntil(() -> !pii.work().isRunning(), 600);
        assertThat(pii.work().errorProperty().get()).isEmpty();
        Path published = home.resolve("published").resolve("15-2026-DS-ST-1.pdf");
        assertThat(published).exists();
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            List<CustodyEvent> events = ws.catalog().custody().events();
            String box = added.box().left() + "," + added.box().top() + "," + added.box().right() + "," + added.box().bottom();
            assertThat(events).filteredOn(e -> e.action().equals("pii.region.added")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("page 1", box));
            assertThat(events).filteredOn(e -> e.action().equals("redaction.decision"))
                    .anySatisfy(e -> assertThat(e.detail()).contains("add region " + box + " on page 1"))
                    .anySatisfy(e -> assertThat(e.detail()).contains("reject"));
        }
    }

    private List<Rectangle> boxes() {
        return lookup(".pii-box").queryAllAs(Rectangle.class).stream().filter(r -> !r.getStyleClass().contains("pii-band")).toList();
    }

    private static javafx.scene.input.MouseEvent click(Rectangle r) {
        Point2D c = new Point2D(r.getX() + 1, r.getY() + 1);
        return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, c.getX(), c.getY(), 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null);
    }
}
