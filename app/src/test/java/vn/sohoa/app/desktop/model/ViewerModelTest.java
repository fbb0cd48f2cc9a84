package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.app.desktop.SignedBundles;

/** The viewer's model alone, without a toolkit: real bundles signed with the demo keys, verified offline. */
class ViewerModelTest {

    @TempDir
    Path dir;

    @Test
    void aSignedBundleIsGreenOnEveryLineWithItsCustodyAndPages() throws Exception {
        Path bundle = SignedBundles.bundle(dir.resolve("out"), dir.resolve("home"));
        try (ViewerModel viewer = new ViewerModel(UiThread.direct(), Texts.vietnamese())) {
            viewer.trustProperty().set(Optional.of(SignedBundles.trust()));
            viewer.open(bundle);
            viewer.work().await();

            assertThat(viewer.work().errorProperty().get()).isEmpty();
            assertThat(viewer.overallProperty().get()).isEqualTo(ViewerModel.Overall.GREEN);
            assertThat(viewer.verdicts()).hasSizeGreaterThanOrEqualTo(2).allMatch(Verdict::ok);
            assertThat(viewer.verdicts()).anySatisfy(v -> {
                assertThat(v.subject()).startsWith("documents/01-");
                assertThat(v.reason()).contains("Nguyễn Thị Thư Ký").contains("B-T");
            });
            assertThat(viewer.custody()).extracting(CustodyEntry::action).contains("case.opened", "page.captured");
            assertThat(viewer.pages()).hasSize(2);
            viewer.search("bản án TRANG");
            assertThat(viewer.matches()).extracting(m -> m.page().number()).containsExactly(1, 2);
            viewer.search("hợp đồng");
            assertThat(viewer.matches()).isEmpty();
            assertThat(viewer.render(viewer.pages().getFirst(), 36).getWidth()).isGreaterThan(200);
        }
    }

    @Test
    void oneFlippedByteTurnsTheDocumentRed() throws Exception {
        Path bundle = SignedBundles.bundle(dir.resolve("out"), dir.resolve("home"));
        Path tampered = SignedBundles.flipped(bundle, dir.resolve("tampered.asice"));
        try (ViewerModel viewer = new ViewerModel(UiThread.direct(), new Texts(Locale.ENGLISH))) {
            viewer.trustProperty().set(Optional.of(SignedBundles.trust()));
            viewer.open(tampered);
            viewer.work().await();

            assertThat(viewer.overallProperty().get()).isEqualTo(ViewerModel.Overall.RED);
            assertThat(viewer.verdicts()).anySatisfy(v -> {
                assertThat(v.subject()).startsWith("documents/01-");
                assertThat(v.ok()).isFalse();
                assertThat(v.reason()).isNotBlank();
            });
        }
    }

    @Test
    void withoutTrustedRootsTheSignerIsNotTrustedAndTheLineSaysSo() throws Exception {
        Path bundle = SignedBundles.bundle(dir.resolve("out"), dir.resolve("home"));
        try (ViewerModel viewer = new ViewerModel(UiThread.direct(), new Texts(Locale.ENGLISH))) {
            viewer.open(bundle);
            viewer.work().await();

            assertThat(viewer.overallProperty().get()).isEqualTo(ViewerModel.Overall.RED);
            assertThat(viewer.verdicts()).anySatisfy(v -> assertThat(v.reason()).contains("does not chain to a trusted root"));
        }
    }

    @Test
    void aFileThatIsNotEvidenceFailsInOneSentence() throws Exception {
        Path text = java.nio.file.Files.writeString(dir.resolve("note.txt"), "không phải chứng cứ");
        try (ViewerModel viewer = new ViewerModel(UiThread.direct(), Texts.vietnamese())) {
            viewer.open(text);
            viewer.work().await();
            assertThat(viewer.work().errorProperty().get()).isNotBlank().doesNotContain("Exception");
            assertThat(viewer.overallProperty().get()).isEqualTo(ViewerModel.Overall.NONE);
        }
    }
}
