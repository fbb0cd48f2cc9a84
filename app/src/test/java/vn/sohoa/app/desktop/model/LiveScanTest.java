package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** Pages are cleaned and read behind the feeder while it goes on, each page showing how far it is. */
class LiveScanTest {

    @TempDir
    Path dir;

    @Test
    void theFirstPageIsReadWhileTheFeederIsStillFeeding() throws Exception {
        // A slow feeder (one page every 6 s) leaves the live pipeline time to read page 1 before page 3 comes.
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             ScanStationModel model = new ScanStationModel(ws, () -> vn.sohoa.app.desktop.FeederSheets.loaded(3, 100, 10),
                     UiThread.direct(), Texts.vietnamese())) {
            model.findScanners();
            model.work().await();
            model.caseNumber().textProperty().set("5/2025/HS-ST");
            AtomicInteger pagesWhenFirstWasRead = new AtomicInteger(-1);
            List<String> firstPageStages = new java.util.concurrent.CopyOnWriteArrayList<>();
            model.pages().addListener((javafx.collections.ListChangeListener<PageItem>) c -> {
                while (c.next()) {
                    for (PageItem added : c.getAddedSubList()) {
                        if (added == model.pages().getFirst()) {
                            added.stageProperty().addListener((o, was, now) -> {
                                firstPageStages.add(now);
                                if (now.equals("Đã nhận dạng chữ")) {
                                    pagesWhenFirstWasRead.compareAndSet(-1, model.pages().size());
                                }
                            });
                        }
                    }
                }
            });
            assertThat(model.scan()).isTrue();
            model.work().await();

            assertThat(model.work().errorProperty().get()).isEmpty();
            assertThat(model.pages()).hasSize(3).allSatisfy(p -> assertThat(p.stageProperty().get()).isEqualTo("Đã nhận dạng chữ"));
            assertThat(firstPageStages).startsWith("Đã lưu ảnh gốc");
            assertThat(pagesWhenFirstWasRead.get()).as("pages on the table when page 1 was read").isBetween(1, 2);
        }
    }
}
