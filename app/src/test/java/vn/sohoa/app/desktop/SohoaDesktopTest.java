package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.CaseSummary;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** The desktop opens on the cases of its home, in Vietnamese (TestFX on Monocle, headless). */
class SohoaDesktopTest extends FxRobot {

    @TempDir
    Path dir;
    Stage stage;
    javafx.application.Application app;

    @BeforeEach
    void openDesktopOnAHomeWithOneCase() throws Exception {
        Path home = dir.resolve("home");
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            ws.importFiles(CaseNumber.parse("12/2024/HS-ST"), DocumentType.BAN_AN,
                    List.of(TestFiles.tiff(dir.resolve("two.tif"), 2, 300, 400, false)), p -> { }, p -> { },
                    Cancellation.none());
        }
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SohoaDesktop.class, "--home=" + home);
        ((SohoaDesktop) app).window();   // the window shows first and is filled in after: wait for it
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void listsTheCasesInVietnamese() {
        TableView<CaseSummary> table = lookup("#cases").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(c -> {
            assertThat(c.caseFile().number()).hasToString("12/2024/HS-ST");
            assertThat(c.pages()).isEqualTo(2);
        });
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Số vụ án", "Tòa án", "Tài liệu", "Trang");
        assertThat(stage.getTitle()).contains("Số hóa hồ sơ vụ án");
    }
}
