package vn.sohoa.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.i18n.SohoaException;

/** Languages, model families and the checked model store. */
class OcrSettingsTest {

    @Test
    void languagesAreParsedAndUnknownOnesRefused() {
        assertThat(OcrLanguages.parse("vie+eng").codes()).containsExactly("vie", "eng");
        assertThat(OcrLanguages.parse(" vie ").spec()).isEqualTo("vie");
        assertThatThrownBy(() -> OcrLanguages.parse("vie+xyz"))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.BAD_INPUT);
                    assertThat(e.getMessage()).contains("xyz");
                });
        assertThatThrownBy(() -> OcrLanguages.parse("+")).isInstanceOf(SohoaException.class);
    }

    @Test
    void modelFamiliesByName() {
        assertThat(OcrModel.parse("best")).isEqualTo(OcrModel.BEST);
        assertThat(OcrModel.parse("FAST")).isEqualTo(OcrModel.FAST);
        assertThatThrownBy(() -> OcrModel.parse("huge")).isInstanceOf(SohoaException.class);
    }

    @Test
    void everyModelInTheIndexIsThereAndIntact() {
        ModelStore store = ModelStore.locate();
        for (OcrModel model : OcrModel.values()) {
            assertThat(store.tessdata(model, List.of("vie", "eng", "osd"))).isDirectory();
        }
    }

    @Test
    void aChangedModelIsRefused(@TempDir Path dir) throws Exception {
        Path real = ModelStore.locate().root();
        Files.copy(real.resolve(ModelStore.INDEX), dir.resolve(ModelStore.INDEX));
        Files.createDirectories(dir.resolve("fast"));
        byte[] model = Files.readAllBytes(real.resolve("fast/vie.traineddata"));
        model[model.length / 2] ^= 1;
        Files.write(dir.resolve("fast/vie.traineddata"), model);

        assertThatThrownBy(() -> ModelStore.open(dir).tessdata(OcrModel.FAST, List.of("vie")))
                .isInstanceOf(SohoaException.class).hasMessageContaining("fast/vie.traineddata");
        assertThatThrownBy(() -> ModelStore.open(dir).tessdata(OcrModel.FAST, List.of("eng")))
                .isInstanceOf(SohoaException.class).hasMessageContaining("fast/eng.traineddata");
    }

    @Test
    void characterErrorRateCountsEditsOverTheReference() {
        assertThat(CharacterErrorRate.of("Tòa án", "Tòa án")).isZero();
        assertThat(CharacterErrorRate.of("Toa an", "Tòa án")).isEqualTo(2.0 / 6);
        assertThat(CharacterErrorRate.of("a  b\n c", "a b c")).isZero();
        // NFD input equals its NFC form
        assertThat(CharacterErrorRate.of("To\u0300a", "Tòa")).isZero();
    }
}
