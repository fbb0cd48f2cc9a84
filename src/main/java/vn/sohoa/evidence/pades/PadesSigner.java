package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.util.Calendar;
import java.util.Optional;

import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;

import vn.sohoa.evidence.files.AtomicFiles;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * PAdES baseline signatures (ETSI EN 319 142-1) with iText: B-B offline, B-T when a time-stamping
 * authority is given. The signature is an incremental update, so earlier signatures stay valid.
 */
public final class PadesSigner {

    /** What the signature says besides the signer: the reason and the place. */
    public record Details(Optional<String> reason, Optional<String> location) {
        public static Details none() {
            return new Details(Optional.empty(), Optional.empty());
        }
    }

    private PadesSigner() {
    }

    public static void sign(Path in, Path out, SigningKey key, Optional<TsaClient> tsa, Details details) {
        byte[] pdf = readPdf(in);
        byte[] signed = exactFit(in, size -> {
            String field = nextFieldName(pdf, "Signature");
            java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream(pdf.length + 64 * 1024);
            PdfSigner signer = new PdfSigner(new PdfReader(new java.io.ByteArrayInputStream(pdf)), stream,
                    new StampingProperties().useAppendMode());
            SignerProperties properties = new SignerProperties().setFieldName(field)
                    .setClaimedSignDate(Calendar.getInstance()).setSignatureCreator("SoHoa");
            details.reason().ifPresent(properties::setReason);
            details.location().ifPresent(properties::setLocation);
            signer.setSignerProperties(properties);
            Certificate[] chain = key.chain().toArray(Certificate[]::new);
            signer.signDetached(new KeySignature(key), chain, null, null, tsa.map(t -> new TsaAdapter(t, 12_000)).orElse(null),
                    size, PdfSigner.CryptoStandard.CADES);
            return new Attempt(stream.toByteArray(), field);
        });
        write(out, signed, in);
    }

    /**
     * Augments a signed PDF to B-T by appending a document time-stamp in an incremental update;
     * the signatures already there stay valid.
     */
    public static void addDocumentTimestamp(Path in, Path out, TsaClient tsa) {
        byte[] pdf = readPdf(in);
        byte[] stamped = exactFit(in, size -> {
            String field = nextFieldName(pdf, "Timestamp");
            java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream(pdf.length + 64 * 1024);
            PdfSigner signer = new PdfSigner(new PdfReader(new java.io.ByteArrayInputStream(pdf)), stream,
                    new StampingProperties().useAppendMode());
            signer.timestamp(new TsaAdapter(tsa, size == 0 ? 12_000 : size), field);
            return new Attempt(stream.toByteArray(), field);
        });
        write(out, stamped, in);
    }

    private record Attempt(byte[] pdf, String field) {
    }

    @FunctionalInterface
    private interface SignOnce {
        Attempt sign(int contentsSize) throws IOException, GeneralSecurityException;
    }

    /**
     * Signs until the signature fills its /Contents exactly. Readers built on Bouncy Castle 1.87
     * and later (EU DSS among them) refuse a CMS followed by zero padding, so SoHoa leaves none:
     * the first attempt learns the size, the next ones sign with exactly that much room.
     */
    private static byte[] exactFit(Path in, SignOnce once) {
        int size = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            Attempt result;
            try {
                result = once.sign(size);
            } catch (IOException e) {
                if (size > 0 && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("space")) {
                    continue;
                }
                throw failure(e, in);
            } catch (GeneralSecurityException e) {
                throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.failed", e.getMessage()), e);
            } catch (PdfException e) {
                if (e.getCause() instanceof SohoaException s) {
                    throw s;
                }
                if (size > 0 && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("space")) {
                    continue;
                }
                throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.failed", e.getMessage()), e);
            }
            int[] used;
            try {
                used = ContentsFit.measure(result.pdf(), result.field());
            } catch (IOException e) {
                throw failure(e, in);
            }
            if (used[0] == used[1]) {
                return result.pdf();
            }
            size = used[0];
        }
        throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.failed", "the signature size does not settle"));
    }

    private static void write(Path out, byte[] content, Path in) {
        try {
            AtomicFiles.write(out, content);
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.write", in.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static RuntimeException failure(IOException e, Path in) {
        if (e.getCause() instanceof SohoaException s) {
            return s;
        }
        return new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.write", in.toString(), String.valueOf(e.getMessage())), e);
    }

    private static byte[] readPdf(Path in) {
        if (!Files.isRegularFile(in)) {
            throw SohoaException.badInput("pdf.missing", in.toString());
        }
        try {
            byte[] bytes = Files.readAllBytes(in);
            try (PdfDocument doc = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(bytes)))) {
                if (doc.getReader().isEncrypted()) {
                    throw SohoaException.badInput("pdf.encrypted", in.toString());
                }
            }
            return bytes;
        } catch (IOException | PdfException e) {
            throw SohoaException.badInput("pdf.damaged", in.toString());
        }
    }

    private static String nextFieldName(byte[] pdf, String prefix) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(doc);
            int n = util.getSignatureNames().size() + 1;
            while (util.doesSignatureFieldExist(prefix + n)) {
                n++;
            }
            return prefix + n;
        }
    }
}
