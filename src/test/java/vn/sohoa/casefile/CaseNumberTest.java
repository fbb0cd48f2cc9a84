package vn.sohoa.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.sohoa.i18n.Messages;
import vn.sohoa.i18n.SohoaException;

class CaseNumberTest {

    @Test
    void parsesKindAndInstance() {
        CaseNumber n = CaseNumber.parse("12/2024/HS-ST");
        assertThat(n.number()).isEqualTo(12);
        assertThat(n.year()).isEqualTo(2024);
        assertThat(n.kind()).isEqualTo(CaseKind.HS);
        assertThat(n.instance()).contains(Instance.ST);
        assertThat(n.prefix()).isEmpty();
        assertThat(n).hasToString("12/2024/HS-ST");
    }

    @Test
    void parsesAcceptanceAndDecisionPrefixes() {
        CaseNumber accepted = CaseNumber.parse("45/2023/TLST-DS");
        assertThat(accepted.prefix()).contains(CaseNumber.Prefix.TLST);
        assertThat(accepted.kind()).isEqualTo(CaseKind.DS);
        assertThat(accepted.instance()).contains(Instance.ST);

        CaseNumber divorce = CaseNumber.parse("101/2025/QĐST-HNGĐ");
        assertThat(divorce.prefix()).contains(CaseNumber.Prefix.QDST);
        assertThat(divorce.kind()).isEqualTo(CaseKind.HNGD);
        assertThat(divorce).hasToString("101/2025/QĐST-HNGĐ");
    }

    @ParameterizedTest
    @CsvSource({
            "12/2024/hs-st, 12/2024/HS-ST",
            "' 7 / 2022 / DS - PT ', 7/2022/DS-PT",
            "3/2021/HNGD-ST, 3/2021/HNGĐ-ST",
            "9/2020/LD-GDT, 9/2020/LĐ-GĐT",
            "5/2019/KDTM-TT, 5/2019/KDTM-TT",
            "8/2018/HC-PT, 8/2018/HC-PT",
            "05/2022/QDST-VDS, 5/2022/QĐST-VDS",
            "17/2018/HS, 17/2018/HS"
    })
    void normalisesSpellings(String written, String canonical) {
        assertThat(CaseNumber.parse(written)).hasToString(canonical);
    }

    @Test
    void keyIsAsciiAndSafeInPaths() {
        assertThat(CaseNumber.parse("101/2025/QĐST-HNGĐ").key()).isEqualTo("101-2025-QDST-HNGD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                | casenumber.empty",
            "12-2024-HS-ST     | casenumber.shape",
            "12/24/HS-ST       | casenumber.shape",
            "0/2024/HS-ST      | casenumber.number",
            "12/1900/HS-ST     | casenumber.year",
            "12/2999/HS-ST     | casenumber.year",
            "12/2024/XX-ST     | casenumber.kind",
            "12/2024/HS-XX     | casenumber.instance",
            "12/2024/TLST      | casenumber.kindMissing"
    })
    void saysWhatIsWrongInOneSentence(String written, String key) {
        assertThatThrownBy(() -> CaseNumber.parse(written))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.BAD_INPUT);
                    assertThat(e.userMessage().key()).isEqualTo(key);
                    String english = e.userMessage().render(Locale.ENGLISH);
                    String vietnamese = e.userMessage().render(Messages.VIETNAMESE);
                    assertThat(english).doesNotContain("\n").endsWith(".").doesNotStartWith(key);
                    assertThat(vietnamese).doesNotContain("\n").endsWith(".").isNotEqualTo(english);
                });
        assertThat(CaseNumber.problemWith(written)).isPresent();
    }

    @Test
    void problemWithIsEmptyForAValidNumber() {
        assertThat(CaseNumber.problemWith("12/2024/HS-ST")).isEqualTo(Optional.empty());
    }

    @Test
    void unknownKindMessageListsTheKinds() {
        String text = CaseNumber.problemWith("1/2024/AB-ST").orElseThrow().render(Messages.VIETNAMESE);
        assertThat(text).contains("“AB”").contains("HS, DS, HNGĐ, KDTM, LĐ, HC");
    }
}
