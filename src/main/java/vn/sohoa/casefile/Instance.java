package vn.sohoa.casefile;

import java.util.Optional;

/** The level of proceedings (cấp xét xử) that closes a case number ("ST" in {@code 12/2024/HS-ST}). */
public enum Instance implements Token {
    ST("ST", "sơ thẩm", "first instance"),
    PT("PT", "phúc thẩm", "appeal"),
    GDT("GĐT", "giám đốc thẩm", "cassation review"),
    TT("TT", "tái thẩm", "reopening");

    private final String token;
    private final Names names;

    Instance(String token, String vietnamese, String english) {
        this.token = token;
        this.names = new Names(vietnamese, english);
    }

    @Override
    public String token() {
        return token;
    }

    public Names names() {
        return names;
    }

    public static Optional<Instance> fromToken(String text) {
        return Token.find(values(), text);
    }
}
