package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theOptionWinsThenTheEnvironment() {
        assertThat(Language.detect(new String[] {"cases", "--lang", "vi"}, Map.of("LANG", "en_US.UTF-8")).getLanguage())
                .isEqualTo("vi");
        assertThat(Language.detect(new String[] {"--lang=en"}, Map.of("LANG", "vi_VN.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(Language.detect(new String[] {"cases"}, Map.of("LANG", "vi_VN.UTF-8")).getLanguage()).isEqualTo("vi");
        assertThat(Language.detect(new String[] {"cases"}, Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "vi_VN"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anythingButVietnameseIsEnglish() {
        assertThat(Language.detect(new String[] {"--lang", "fr"}, Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(Language.detect(new String[0], Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.ENGLISH);
    }
}
