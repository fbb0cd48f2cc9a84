package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

class HotFolderTest {

    static final CaseNumber CASE = CaseNumber.parse("4/2026/HS-PT");
    static final Duration SETTLE = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    Path hot;
    Workstation ws;
    HotFolder folder;

    @BeforeEach
    void open() throws IOException {
        hot = Files.createDirectories(dir.resolve("hot"));
        ws = Workstation.open(new DataHome(dir.resolve("home")));
        folder = new HotFolder(hot, SETTLE, file -> ws.importFiles(CASE, DocumentType.KHAC, List.of(file), p -> { }, p -> { },
                Cancellation.none()).getFirst());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aFileIsImportedOnceItHasSettledThenMovedToDone() throws IOException {
        Path scan = TestFiles.tiff(hot.resolve("scan-0001.tif"), 2, 300, 400, false);
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(folder.poll(t0).imported()).isEmpty();
        assertThat(folder.poll(t0.plusSeconds(1)).imported()).isEmpty();
        HotFolder.Pass pass = folder.poll(t0.plus(SETTLE));

        assertThat(pass.imported()).singleElement().satisfies(r -> assertThat(r.added()).isEqualTo(2));
        assertThat(scan).doesNotExist();
        assertThat(folder.done().resolve("scan-0001.tif")).exists();
        assertThat(ws.catalog().allPages()).hasSize(2);
    }

    @Test
    void aFileStillGrowingIsLeftAlone() throws IOException {
        Path growing = hot.resolve("scan-0002.tif");
        Files.write(growing, new byte[] {'I', 'I', 42, 0});
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        folder.poll(t0);
        Files.write(growing, new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0});
        assertThat(folder.poll(t0.plus(SETTLE)).failed()).isEmpty();
        assertThat(growing).exists();
    }

    @Test
    void aBadFileGoesToFailedWithItsReasonInBothLanguages() throws IOException {
        Files.writeString(hot.resolve("notes.tif"), "not a scan");
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        folder.poll(t0);
        HotFolder.Pass pass = folder.poll(t0.plus(SETTLE));

        assertThat(pass.failed()).singleElement().satisfies(p -> assertThat(p.getParent()).isEqualTo(folder.failed()));
        String reason = Files.readString(folder.failed().resolve("notes.tif.reason.txt"));
        assertThat(reason).contains("không phải là tệp PNG, JPEG, TIFF hay PDF").contains("not a PNG, JPEG, TIFF or PDF");
        assertThat(ws.catalog().allPages()).isEmpty();
    }

    @Test
    void partialAndHiddenFilesAreIgnored() throws IOException {
        Files.writeString(hot.resolve("upload.part"), "…");
        Files.writeString(hot.resolve(".DS_Store"), "…");
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        folder.poll(t0);
        HotFolder.Pass pass = folder.poll(t0.plus(SETTLE));
        assertThat(pass.imported()).isEmpty();
        assertThat(pass.failed()).isEmpty();
    }
}
