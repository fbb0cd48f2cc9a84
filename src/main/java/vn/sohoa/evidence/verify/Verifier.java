package vn.sohoa.evidence.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.sohoa.evidence.pades.PadesVerifier;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.SohoaException;

/**
 * {@code sohoa verify}: offline verification of a signed PDF or an ASiC-E bundle. Input that is not
 * a file SoHoa can verify at all (missing, a folder, empty, neither PDF nor ZIP) is refused as bad
 * input; a PDF or bundle that is damaged is reported as invalid.
 */
public final class Verifier {

    private Verifier() {
    }

    public static ValidationReport verify(Path file, TrustAnchors anchors) {
        if (!Files.exists(file)) {
            throw SohoaException.badInput("verify.missing", file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw SohoaException.badInput("verify.notAFile", file.toString());
        }
        try {
            if (Files.size(file) == 0) {
                throw SohoaException.badInput("verify.empty", file.toString());
            }
            return switch (kind(file)) {
                case PDF -> PadesVerifier.verify(file, file.getFileName().toString(), anchors);
                case ASICE -> vn.sohoa.evidence.asic.AsicVerifier.verify(file, anchors);
            };
        } catch (IOException e) {
            throw SohoaException.badInput("verify.unreadable", file.toString());
        }
    }

    /** By the first bytes, or the name when a damaged header hides what the file is. */
    static ValidationReport.Format kind(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ValidationReport.Format.ASICE;
        }
        if (start.contains("%PDF-")) {
            return ValidationReport.Format.PDF;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return ValidationReport.Format.PDF;
        }
        if (name.endsWith(".asice") || name.endsWith(".sce")) {
            return ValidationReport.Format.ASICE;
        }
        throw SohoaException.badInput("verify.unknownFormat", file.toString());
    }
}
