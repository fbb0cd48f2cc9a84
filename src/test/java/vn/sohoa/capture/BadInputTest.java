package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.Messages;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TempHome;
import vn.sohoa.testing.TestFiles;

/** Every kind of bad file gets one clear sentence, and nothing of it is stored; what was there stays. */
class BadInputTest {

    static final CaseNumber EARLIER = CaseNumber.parse("1/2024/DS-ST");
    static final CaseNumber TARGET = CaseNumber.parse("2/2024/DS-ST");

    @TempDir
    Path dir;
    Workstation ws;
    List<Path> blobsBefore;
    long eventsBefore;

    @BeforeEach
    void importSomethingGoodFirst() throws IOException {
        ws = Workstation.open(new DataHome(dir.resolve("home")));
        Path good = TestFiles.tiff(dir.resolve("good.tif"), 2, 300, 400, false);
        ws.importFiles(EARLIER, DocumentType.KHAC, List.of(good), p -> { }, p -> { }, Cancellation.none());
        blobsBefore = TempHome.blobFiles(dir.resolve("home"));
        eventsBefore = ws.catalog().custody().events().size();
    }

    @AfterEach
    void nothingWasStoredAndNothingWasLost() throws IOException {
        try {
            assertThat(ws.catalog().findCase(TARGET)).isEmpty();
            assertThat(ws.catalog().allPages()).hasSize(2);
            assertThat(TempHome.blobFiles(dir.resolve("home"))).isEqualTo(blobsBefore);
            assertThat(ws.catalog().custody().events()).hasSize((int) eventsBefore);
            assertThat(ws.verifyCustody().intact()).isTrue();
            assertThat(ws.catalog().integrityCheck()).isEqualTo("ok");
            assertThat(dir.resolve("home/tmp")).isEmptyDirectory();
        } finally {
            ws.close();
        }
    }

    @Test
    void anEmptyFile() throws IOException {
        refused(Files.createFile(dir.resolve("empty.tif")), "import.empty");
    }

    @Test
    void aTextFileNamedTif() throws IOException {
        refused(Files.writeString(dir.resolve("notes.tif"), "Biên bản phiên tòa, bản nháp"), "import.unknownFormat");
    }

    @Test
    void aTruncatedTiff() throws IOException {
        Path whole = TestFiles.tiff(dir.resolve("whole.tif"), 3, 600, 800, false);
        refused(TestFiles.truncated(whole, dir.resolve("cut.tif"), 0.6), "import.damaged", "import.damagedPage");
    }

    @Test
    void aTruncatedPng() throws IOException {
        Path whole = TestFiles.png(dir.resolve("whole.png"), 600, 800);
        refused(TestFiles.truncated(whole, dir.resolve("cut.png"), 0.5), "import.damaged", "import.damagedPage");
    }

    @Test
    void aTruncatedJpeg() throws IOException {
        Path whole = TestFiles.jpeg(dir.resolve("whole.jpg"), 600, 800);
        refused(TestFiles.truncated(whole, dir.resolve("cut.jpg"), 0.5), "import.damaged", "import.damagedPage");
    }

    @Test
    void aPdfThatIsNotReallyOne() throws IOException {
        refused(Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\n garbage that is not a PDF body"),
                "import.damaged", "import.noPages", "import.damagedPage");
    }

    @Test
    void anEncryptedPdf() throws IOException {
        refused(TestFiles.encryptedPdf(dir.resolve("locked.pdf")), "import.encrypted");
    }

    @Test
    void aDecompressionBomb() throws IOException {
        refused(TestFiles.pngClaiming(dir.resolve("bomb.png"), 100_000, 100_000), "import.tooLarge");
    }

    @Test
    void aMissingFile() {
        refused(dir.resolve("nowhere.tif"), "import.missing");
    }

    @Test
    void aFolder() throws IOException {
        refused(Files.createDirectory(dir.resolve("folder.tif")), "import.notAFile");
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path locked = TestFiles.png(dir.resolve("locked.png"), 100, 100);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        if (Files.isReadable(locked)) {
            // root reads anything: make it unreadable the way root cannot ignore, a dangling link
            Files.delete(locked);
            Files.createSymbolicLink(locked, dir.resolve("gone.png"));
        }
        refused(locked, "import.unreadable", "import.missing");
    }

    private void refused(Path file, String... acceptableKeys) {
        assertThatThrownBy(() -> ws.importFiles(TARGET, DocumentType.KHAC, List.of(file), p -> { }, p -> { },
                Cancellation.none()))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.BAD_INPUT);
                    assertThat(e.userMessage().key()).isIn((Object[]) acceptableKeys);
                    for (Locale locale : List.of(Locale.ENGLISH, Messages.VIETNAMESE)) {
                        String sentence = e.userMessage().render(locale);
                        assertThat(sentence).doesNotContain("\n").endsWith(".").contains(file.getFileName().toString());
                    }
                });
    }
}
