package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sohoa.app.desktop.ClerkToJudgeTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.BulkBox;
import vn.sohoa.app.desktop.model.BulkModel;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseKind;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/**
 * The archivist's bulk mode through the window (TestFX on Monocle, the real importer): two boxes
 * queued with one template, one a folder of scans and one a hot folder; both land in the catalog with
 * the template's court, document type and operator; the chart has points; a box whose name gives no
 * case number is refused in one sentence and nothing is queued.
 */
class BulkModeTest extends DesktopRobot {

    static final String COURT = "Tòa án nhân dân khu vực 2 – Cần Thơ";
    static final String OPERATOR = "Lê Văn Lưu Trữ";


    @Test
    void twoBoxesLandInTheCatalogWithTheirTemplate() throws Exception {
        Path home = dir.resolve("home");
        Path first = Files.createDirectories(dir.resolve("boxes/31-2026-DS-ST"));
        Path second = Files.createDirectories(dir.resolve("boxes/32-2026-DS-ST"));
        Path wrong = Files.createDirectories(dir.resolve("boxes/hop-khong-so"));
        TestFiles.tiff(first.resolve("01.tif"), 2, 600, 800, true);
        TestFiles.tiff(first.resolve("02.tif"), 3, 600, 800, true);
        TestFiles.png(first.resolve("03.png"), 600, 800);
        Files.writeString(first.resolve("ghi-chu.txt"), "not a scan");
        TestFiles.tiff(second.resolve("a.tif"), 1, 600, 800, true);
        TestFiles.tiff(second.resolve("b.tif"), 2, 600, 800, true);

        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(1, 150), "--home=" + home));
        WaitForAsyncUtils.waitForFxEvents();
        BulkModel bulk = app.window().bulk();
        clickOn("#tab-bulk");
        interact(() -> {
            lookup("#bulk-court").queryAs(TextField.class).setText(COURT);
            lookup("#bulk-operator").queryAs(TextField.class).setText(OPERATOR);
            @SuppressWarnings("unchecked")
            ComboBox<CaseKind> kind = lookup("#bulk-kind").queryAs(ComboBox.class);
            kind.setValue(CaseKind.DS);
            @SuppressWarnings("unchecked")
            ComboBox<DocumentType> type = lookup("#bulk-type").queryAs(ComboBox.class);
            type.setValue(DocumentType.BIEN_BAN_LAY_LOI_KHAI);
            lookup("#bulk-folder").queryAs(TextField.class).setText(wrong.toString());
        });
        clickOn("#bulk-add");
        assertThat(lookup("#bulk-error").queryAs(Label.class).getText()).startsWith("Thùng hop-khong-so không cho ra số vụ án hợp lệ");
        assertThat(bulk.queue()).isEmpty();
        assertThat(lookup("#bulk-folder").queryAs(TextField.class).getText()).as("nothing typed is lost").isEqualTo(wrong.toString());

        interact(() -> lookup("#bulk-folder").queryAs(TextField.class).setText(first.toString()));
        clickOn("#bulk-add");
        interact(() -> {
            lookup("#bulk-folder").queryAs(TextField.class).setText(second.toString());
            lookup("#bulk-hot").queryAs(CheckBox.class).setSelected(true);
        });
        clickOn("#bulk-add");
        assertThat(lookup("#bulk-error").queryAs(Label.class).getText()).isEmpty();
        TableView<BulkBox> queue = lookup("#bulk-queue").queryTableView();
        assertThat(queue.getItems()).hasSize(2);
        assertThat(lookup("#bulk-backlog").queryAs(Label.class).getText()).isEqualTo("Còn 5 tệp chờ");

        clickOn("#bulk-start");
        waitUntil(() -> !bulk.runningProperty().get(), 300);
        assertThat(queue.getItems()).allSatisfy(b -> {
            assertThat(b.stateProperty().get()).isEqualTo(BulkBox.State.DONE);
            assertThat(b.progressProperty().get()).isEqualTo(1.0);
            assertThat(b.filesLeftProperty().get()).isZero();
        });
        assertThat(queue.getItems()).extracting(b -> b.pagesProperty().get()).containsExactly(6, 3);
        assertThat(bulk.backlogProperty().get()).isZero();
        assertThat(bulk.pagesPerHourProperty().get()).isPositive();
        LineChart<?, ?> rate = lookup("#bulk-rate-chart").queryAs(LineChart.class);
        LineChart<?, ?> backlog = lookup("#bulk-backlog-chart").queryAs(LineChart.class);
        assertThat(rate.getData().getFirst().getData().size()).isGreaterThanOrEqualTo(3);
        assertThat(backlog.getData().getFirst().getData()).extracting(d -> ((Number) d.getYValue()).intValue())
                .startsWith(5).endsWith(0);
        // The hot folder's files moved to its done folder; the plain folder is left as it was.
        assertThat(second.resolve("done").resolve("a.tif")).exists();
        assertThat(first.resolve("01.tif")).exists();

        try (Workstation ws = Workstation.open(new DataHome(home))) {
            for (String number : List.of("31/2026/DS-ST", "32/2026/DS-ST")) {
                CaseFile c = ws.catalog().findCase(CaseNumber.parse(number)).orElseThrow();
                assertThat(c.court()).contains(COURT);
                List<Document> documents = ws.catalog().documents(c.id());
                assertThat(documents).isNotEmpty().allSatisfy(d -> assertThat(d.type()).isEqualTo(DocumentType.BIEN_BAN_LAY_LOI_KHAI));
            }
            CaseFile firstCase = ws.catalog().findCase(CaseNumber.parse("31/2026/DS-ST")).orElseThrow();
            assertThat(ws.catalog().documents(firstCase.id())).hasSize(3);
            assertThat(ws.catalog().pagesOfCase(firstCase.id())).hasSize(6);
            assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("case.opened"))
                    .extracting(CustodyEvent::actor).containsOnly(OPERATOR);
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
    }
}
