package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.stages.FixityStage;
import vn.sohoa.pipeline.stages.ThumbnailStage;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.store.DataHome;
import vn.sohoa.store.StageState;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.testing.TestFiles;

class PipelineTest {

    static final CaseNumber CASE = CaseNumber.parse("3/2025/HC-ST");

    @TempDir
    Path dir;
    Workstation ws;

    @BeforeEach
    void importFourPages() throws IOException {
        ws = Workstation.open(new DataHome(dir.resolve("home")));
        Path tiff = TestFiles.tiff(dir.resolve("four.tif"), 4, 500, 700, false);
        ws.importFiles(CASE, DocumentType.QUYET_DINH, List.of(tiff), p -> { }, p -> { }, Cancellation.none());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void onlyBuiltStagesAreRegisteredInFlowOrder() {
        assertThat(ws.stageNames()).containsExactly(FixityStage.NAME, ThumbnailStage.NAME, "clean", "ocr", "quality", "assemble");
        assertThatThrownBy(() -> new StageRegistry().register(new FixityStage()).register(new FixityStage()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsEveryStageOnEveryPageAndReportsProgress() {
        List<Progress> progress = new CopyOnWriteArrayList<>();
        PipelineReport report = ws.process(Optional.of(CASE), progress::add, Cancellation.none());

        assertThat(report.stages().get(FixityStage.NAME).done()).isEqualTo(4);
        assertThat(report.stages().get(ThumbnailStage.NAME).done()).isEqualTo(4);
        assertThat(report.failures()).isZero();
        assertThat(progress).hasSize(18);
        assertThat(progress).extracting(Progress::total).containsOnly(18L);
        assertThat(progress).extracting(Progress::done).contains(18L);
        for (Page page : ws.catalog().allPages()) {
            Sha256 thumb = ws.catalog().derivative(page.master().sha256(), ThumbnailStage.NAME).orElseThrow();
            assertThat(ws.blobs().contains(thumb)).isTrue();
            assertThat(ws.catalog().stages().get(ObjectKind.PAGE, page.id(), ThumbnailStage.NAME).orElseThrow().output())
                    .contains(thumb);
        }
        assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                .filteredOn("fixity.verified"::equals).hasSize(4);
        var document = ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id()).getFirst();
        assertThat(ws.documentPdf(document)).hasValueSatisfying(pdf -> assertThat(ws.blobs().contains(pdf)).isTrue());
    }

    @Test
    void aSecondRunFindsEverythingDone() {
        ws.process(Optional.empty(), p -> { }, Cancellation.none());
        long events = ws.catalog().custody().events().size();

        PipelineReport again = ws.process(Optional.empty(), p -> { }, Cancellation.none());

        assertThat(again.stages().get(FixityStage.NAME).skipped()).isEqualTo(4);
        assertThat(again.stages().get(FixityStage.NAME).done()).isZero();
        assertThat(ws.catalog().custody().events()).hasSize((int) events);
    }

    @Test
    void aMasterChangedOnDiskFailsFixityAndIsLogged() throws IOException {
        Page victim = ws.catalog().allPages().get(1);
        Path blob = ws.blobs().path(victim.master().sha256());
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 0x01;
        blob.toFile().setWritable(true);
        Files.write(blob, bytes);

        PipelineReport report = ws.process(Optional.of(CASE), p -> { }, Cancellation.none());

        assertThat(report.stages().get(FixityStage.NAME).failed()).isEqualTo(1);
        assertThat(report.stages().get(ThumbnailStage.NAME).done()).isEqualTo(3);
        StageState state = ws.catalog().stages().get(ObjectKind.PAGE, victim.id(), FixityStage.NAME).orElseThrow();
        assertThat(state.status()).isEqualTo(StageState.Status.FAILED);
        assertThat(state.error()).hasValueSatisfying(e -> assertThat(e).contains("changed since capture"));
        assertThat(ws.catalog().stages().get(ObjectKind.PAGE, victim.id(), ThumbnailStage.NAME)).isEmpty();
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("fixity.failed"))
                .singleElement().satisfies(e -> assertThat(e.object()).contains(victim.master().sha256()));
    }

    @Test
    void cancellingStopsBeforeTheRestAndARerunFinishes() {
        Cancellation cancellation = new Cancellation();
        PipelineReport cancelled = ws.process(Optional.of(CASE), p -> cancellation.cancel(), cancellation);

        assertThat(cancelled.cancelled()).isTrue();
        long doneAfterCancel = cancelled.stages().values().stream().mapToLong(PipelineReport.StageCount::done).sum();
        assertThat(doneAfterCancel).isLessThan(18);

        PipelineReport rest = ws.process(Optional.of(CASE), p -> { }, Cancellation.none());
        assertThat(rest.cancelled()).isFalse();
        long total = rest.stages().values().stream().mapToLong(c -> c.done() + c.skipped()).sum();
        assertThat(total).isEqualTo(18);
        assertThat(rest.failures()).isZero();
    }

    @Test
    void anUnknownCaseIsBadInput() {
        assertThatThrownBy(() -> ws.process(Optional.of(CaseNumber.parse("99/2020/HS-ST")), p -> { }, Cancellation.none()))
                .isInstanceOfSatisfying(vn.sohoa.i18n.SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("case.unknown"));
    }
}
