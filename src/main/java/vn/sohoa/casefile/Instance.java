package vn.sohoa.casefile;

import java.util.Arrays;
import java.util.Optional;

/** The level of proceedings (cấp xét xử) that closes a case number ("ST" in {@code 12/2024/HS-ST}). */
public enum Instance {
    ST("ST", "sơ thẩm", "first instance"),
    PT("PT", "phúc thẩm", "appeal"),
    GDT("GĐT", "giám đốc thẩm", "cassation review"),
    TT("TT", "tái thẩm", "reopening");

    private final String token;
    private final String vietnamese;
    private final String english;

    Instance(String token, String vietnamese, String english) {
        this.token = token;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String token() {
        return token;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public static Optional<Instance> fromToken(String text) {
        String wanted = CaseNumber.asciiUpper(text);
        return Arrays.stream(values()).filter(i -> CaseNumber.asciiUpper(i.token).equals(wanted)).findFirst();
    }
}
