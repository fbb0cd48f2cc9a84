package vn.sohoa.anonymize.redact;

import vn.sohoa.anonymize.finding.PiiType;

/** The legal basis the redaction log gives for masking a kind of data. */
final class LegalBasis {

    static final String ENCODING = "Nghị quyết 03/2017/NQ-HĐTP Điều 7; Công văn 144/TANDTC-PC";
    static final String PERSONAL_DATA = "Nghị quyết 03/2017/NQ-HĐTP Điều 7; Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP Điều 3";
    static final String REVIEWER = "Nghị quyết 03/2017/NQ-HĐTP Điều 7 (quyết định của người rà soát · reviewer's decision)";

    private LegalBasis() {
    }

    static String of(PiiType type) {
        return switch (type) {
            case PERSON, ORG, ADDRESS -> ENCODING;
            default -> PERSONAL_DATA;
        };
    }
}
