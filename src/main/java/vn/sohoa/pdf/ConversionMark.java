package vn.sohoa.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

    /**
     * The SHA-256 of the master hashes in page order, each as lowercase hex followed by a newline:
     * one value that fixes every master image of the document and their order.
     */
    public String mastersDigest() {
        StringBuilder lines = new StringBuilder();
        masterSha256.forEach(h -> lines.append(h).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(lines.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
