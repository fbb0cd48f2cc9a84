package vn.sohoa.casefile;

import java.util.Optional;

/** The kind of a case, as the token in a case number names it ("HS" in {@code 12/2024/HS-ST}). */
public enum CaseKind implements Token {
    HS("HS", "hình sự", "criminal"),
    DS("DS", "dân sự", "civil"),
    HNGD("HNGĐ", "hôn nhân và gia đình", "marriage and family"),
    KDTM("KDTM", "kinh doanh, thương mại", "business and commerce"),
    LD("LĐ", "lao động", "labour"),
    HC("HC", "hành chính", "administrative"),
    VDS("VDS", "việc dân sự", "civil matter"),
    PS("PS", "phá sản", "bankruptcy");

    private final String token;
    private final Names names;

    CaseKind(String token, String vietnamese, String english) {
        this.token = token;
        this.names = new Names(vietnamese, english);
    }

    /** The token as courts write it, with Đ where it belongs. */
    @Override
    public String token() {
        return token;
    }

    public Names names() {
        return names;
    }

    /** Accepts the written token and its ASCII spelling ("HNGD", "LD"). */
    public static Optional<CaseKind> fromToken(String text) {
        return Token.find(values(), text);
    }
}
