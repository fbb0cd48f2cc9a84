package vn.sohoa.pdf;

import java.time.Instant;
import java.util.List;

/**
 * The facts that a document made from a paper original must show (Luật Giao dịch điện tử 2023,
 * Điều 12; Nghị định 137/2024/NĐ-CP, Điều 4): that it was converted from paper, when, by whom and
 * in which unit, with the document's identifier and the SHA-256 of its master images.
 */
public record ConversionMark(Instant convertedAt, String converter, String unit, String documentId,
                             List<String> masterSha256) {

    public ConversionMark {
        masterSha256 = List.copyOf(masterSha256);
    }
}
