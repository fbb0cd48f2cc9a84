package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** Bulk mode's pause and cancel on the real importer (the view model alone, changes on the worker thread). */
class BulkModelTest {

    @TempDir
    Path dir;

    @Test
    void pauseHoldsTheQueueStartGoesOnCancelKeepsWhatWasImported() throws Exception {
        Path box = Files.createDirectories(dir.resolve("41-2026-HS-ST"));
        for (int i = 0; i < 24; i++) {
            TestFiles.tiff(box.resolve(String.format("%02d.tif", i)), 1, 500 + i, 700, true);   // distinct files, distinct documents
        }
        Path other = Files.createDirectories(dir.resolve("42-2026-HS-ST"));
        TestFiles.tiff(other.resolve("a.tif"), 1, 500, 700, true);
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             BulkModel bulk = new BulkModel(ws, UiThread.direct(), Texts.vietnamese())) {
            BulkTemplate template = new BulkTemplate("", BulkTemplate.FOLDER, Optional.empty(), DocumentType.values()[0], "");
            BulkBox first = bulk.add(box, false, template).orElseThrow();
            BulkBox second = bulk.add(other, false, template).orElseThrow();
            assertThat(bulk.backlogProperty().get()).isEqualTo(25);

            bulk.start();
            bulk.pause();
            Thread.sleep(1500);   // the file in hand, if any, is finished
            int held = bulk.pagesDoneProperty().get();
            Thread.sleep(1500);
            assertThat(bulk.pagesDoneProperty().get()).as("paused").isEqualTo(held);
            assertThat(held).isLessThan(20);
            assertThat(bulk.runningProperty().get()).isTrue();

            bulk.start();   // resumes
            long deadline = System.currentTimeMillis() + 120_000;
            while (bulk.pagesDoneProperty().get() < held + 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            bulk.cancel();
            int atCancel = bulk.pagesDoneProperty().get();   // read after the flag is set: no file can start after it
            bulk.await();
            int imported = bulk.pagesDoneProperty().get();
            assertThat(imported).isGreaterThanOrEqualTo(held + 2);
            assertThat(imported).as("cancel stops after the file in hand").isLessThanOrEqualTo(atCancel + 1);
            assertThat(imported).as("cancel keeps the rest of the box waiting").isLessThan(24);
            assertThat(first.stateProperty().get()).isEqualTo(BulkBox.State.CANCELLED);
            assertThat(second.stateProperty().get()).isEqualTo(BulkBox.State.WAITING);
            assertThat(bulk.statusProperty().get()).isEqualTo("Đã hủy; các trang đã nhập vẫn được giữ.");
            var c = ws.catalog().findCase(CaseNumber.parse("41/2026/HS-ST")).orElseThrow();
            assertThat(ws.catalog().pagesOfCase(c.id())).hasSize(first.pagesProperty().get());
            assertThat(bulk.samples()).isNotEmpty();
        }
    }
}
