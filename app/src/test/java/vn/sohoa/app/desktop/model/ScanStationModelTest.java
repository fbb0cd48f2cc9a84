package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.DocumentPlan;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** The light table's decisions and the case number field, without a toolkit. */
class ScanStationModelTest {

    @TempDir
    Path dir;

    @Test
    void theCaseNumberIsCheckedAsItIsTyped() {
        CaseNumberField field = new CaseNumberField(Texts.vietnamese());
        assertThat(field.problemProperty().get()).isEmpty();
        field.textProperty().set("12/2024/H");
        assertThat(field.problemProperty().get()).isNotBlank();
        assertThat(field.value()).isEmpty();
        field.textProperty().set("12/2024/HS-ST");
        assertThat(field.problemProperty().get()).isEmpty();
        assertThat(field.meaningProperty().get()).startsWith("12/2024/HS-ST");
        assertThat(field.value()).map(Object::toString).contains("12/2024/HS-ST");
        CaseNumberField english = new CaseNumberField(new Texts(Locale.ENGLISH));
        english.textProperty().set("12/1900/HS-ST");
        assertThat(english.problemProperty().get()).containsIgnoringCase("year");
    }

    @Test
    void reorderRemoveSplitAndUndoMakeThePlanSaved() {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             ScanStationModel model = new ScanStationModel(ws, () -> new ScannerDrivers(List.of()), UiThread.direct(),
                     Texts.vietnamese())) {
            LongStream.rangeClosed(1, 6).forEach(id -> model.pages().add(item(id)));

            model.move(0, 2);
            assertThat(ids(model)).containsExactly(2L, 3L, 1L, 4L, 5L, 6L);
            model.toggleRemoved(5);
            model.splitAt(3, DocumentType.BIEN_BAN_LAY_LOI_KHAI, "");
            assertThat(model.plan()).containsExactly(
                    new DocumentPlan(Optional.of(10L), Optional.empty(), Optional.empty(), List.of(2L, 3L, 1L)),
                    new DocumentPlan(Optional.empty(), Optional.of(DocumentType.BIEN_BAN_LAY_LOI_KHAI),
                            Optional.of(DocumentType.BIEN_BAN_LAY_LOI_KHAI.label(Locale.of("vi"))), List.of(4L, 5L)));

            model.undo();
            assertThat(model.pages().get(3).startsDocumentProperty().get()).isEmpty();
            model.undo();
            assertThat(model.pages().get(5).removedProperty().get()).isFalse();
            model.undo();
            assertThat(ids(model)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(model.canUndo()).isFalse();
            model.splitAt(0, DocumentType.KHAC, "ignored: the first page already starts a document");
            assertThat(model.canUndo()).isFalse();
        }
    }

    @Test
    void documentsThatSeparatorSheetsCutStayApartWhenTheTableIsSaved() {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             ScanStationModel model = new ScanStationModel(ws, () -> new ScannerDrivers(List.of()), UiThread.direct(),
                     Texts.vietnamese())) {
            model.pages().addAll(item(1, 10L), item(2, 10L), item(3, 11L), item(4, 11L), item(5, 11L));
            model.splitAt(4, DocumentType.BIEN_BAN_LAY_LOI_KHAI, "");
            model.move(0, 1);
            assertThat(model.plan()).containsExactly(
                    new DocumentPlan(Optional.of(10L), Optional.empty(), Optional.empty(), List.of(2L, 1L)),
                    new DocumentPlan(Optional.of(11L), Optional.empty(), Optional.empty(), List.of(3L, 4L)),
                    new DocumentPlan(Optional.empty(), Optional.of(DocumentType.BIEN_BAN_LAY_LOI_KHAI),
                            Optional.of(DocumentType.BIEN_BAN_LAY_LOI_KHAI.label(Locale.of("vi"))), List.of(5L)));
        }
    }

    @Test
    void severalSelectedPagesMoveAndLeaveTogether() {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             ScanStationModel model = new ScanStationModel(ws, () -> new ScannerDrivers(List.of()), UiThread.direct(),
                     Texts.vietnamese())) {
            LongStream.rangeClosed(1, 6).forEach(id -> model.pages().add(item(id)));

            assertThat(model.moveBy(List.of(0, 3), -1)).as("the first page cannot go up: nothing moves").containsExactly(0, 3);
            assertThat(model.canUndo()).isFalse();
            assertThat(model.moveBy(List.of(1, 3, 4), -1)).containsExactly(0, 2, 3);
            assertThat(ids(model)).containsExactly(2L, 1L, 4L, 5L, 3L, 6L);
            assertThat(model.moveBy(List.of(4, 5), 1)).containsExactly(4, 5);
            assertThat(model.moveTo(List.of(0, 2), 3)).containsExactly(3, 4);
            assertThat(ids(model)).containsExactly(1L, 5L, 3L, 2L, 4L, 6L);
            model.toggleRemoved(List.of(1, 4));
            model.toggleRemoved(List.of(1, 2));
            assertThat(model.pages()).extracting(p -> p.removedProperty().get())
                    .as("not all were removed: all of them are").containsExactly(false, true, true, false, true, false);
            model.toggleRemoved(List.of(1, 2));
            assertThat(model.pages()).extracting(p -> p.removedProperty().get())
                    .as("all were removed: all come back").containsExactly(false, false, false, false, true, false);
            model.undo();
            model.undo();
            model.undo();
            model.undo();
            assertThat(ids(model)).containsExactly(2L, 1L, 4L, 5L, 3L, 6L);
            assertThat(model.pages()).noneMatch(p -> p.removedProperty().get());
        }
    }

    @Test
    void scanningPutsEachPageOnTheLightTableThenProcessesIt() throws Exception {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             ScanStationModel model = new ScanStationModel(ws, () -> vn.sohoa.app.desktop.FeederSheets.loaded(3, 100),
                     UiThread.direct(), Texts.vietnamese())) {
            model.findScanners();
            model.work().await();
            assertThat(model.scannerProperty().get().id()).isEqualTo("sim:feeder");
            model.caseNumber().textProperty().set("3/2025/HS-ST");
            assertThat(model.scan()).isTrue();
            model.work().await();
            assertThat(model.work().errorProperty().get()).isEmpty();
            assertThat(model.pages()).hasSize(3).allSatisfy(p -> {
                assertThat(model.thumbnail(p)).isNotEmpty();
                assertThat(p.stageProperty().get()).isEqualTo("Đã nhận dạng chữ");
            });
        }
    }

    private static List<Long> ids(ScanStationModel model) {
        return model.pages().stream().map(p -> p.page().id()).toList();
    }

    private static PageItem item(long id) {
        return item(id, 10L);
    }

    private static PageItem item(long id, long documentId) {
        MasterImage master = new MasterImage(new Sha256("%064x".formatted(id)), "image/png", 10, 10, 300, 1);
        return new PageItem(new Page(id, documentId, 1L, (int) id, master, "test#" + id, Instant.EPOCH));
    }
}
