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
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.revocation.ValidationData;
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
     * Long-term signing, when the network allows: the signer's certificate status is checked first
     * (Nghị định 23/2025/NĐ-CP; a revoked certificate does not sign), then a B-T signature, its
     * validation data (B-LT) and a document time-stamp over all of it (B-LTA). Only the final file
     * appears at {@code out}.
     */
    public static void signLongTerm(Path in, Path out, SigningKey key, TsaClient tsa, RevocationSources revocation, Details details) {
        revocation.requireNotRevoked(key.chain());
        Path dir = out.toAbsolutePath().getParent();
        Path signed = null;
        Path withData = null;
        try {
            java.nio.file.Files.createDirectories(dir);
            signed = java.nio.file.Files.createTempFile(dir, ".sohoa-sign-", ".pdf");
            withData = java.nio.file.Files.createTempFile(dir, ".sohoa-ltv-", ".pdf");
            sign(in, signed, key, Optional.of(tsa), details);
            addValidationData(signed, withData, revocation);
            addDocumentTimestamp(withData, out, tsa);
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.write", in.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(signed);
            deleteQuietly(withData);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the folder's next cleaning
            }
        }
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

    /**
     * Augments a signed PDF to B-LT: the certificates of every signature and time-stamp and their
     * revocation status (OCSP responses, or CRLs where no responder answers), fetched from the
     * addresses the certificates name, go into the DSS dictionary in an incremental update.
     */
    public static void addValidationData(Path in, Path out, RevocationSources revocation) {
        byte[] pdf = readPdf(in);
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream(pdf.length + 64 * 1024);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(pdf)),
                new com.itextpdf.kernel.pdf.PdfWriter(stream), new StampingProperties().useAppendMode())) {
            SignatureUtil util = new SignatureUtil(doc);
            com.itextpdf.signatures.LtvVerification ltv = new com.itextpdf.signatures.LtvVerification(doc);
            for (String name : util.getSignatureNames()) {
                com.itextpdf.signatures.PdfPKCS7 pkcs7 = util.readSignatureData(name);
                java.util.List<java.security.cert.X509Certificate> certificates = new java.util.ArrayList<>();
                java.util.List<byte[]> certBytes = new java.util.ArrayList<>();
                java.util.List<byte[]> crlBytes = new java.util.ArrayList<>();
                java.util.List<byte[]> ocspBytes = new java.util.ArrayList<>();
                for (Certificate c : pkcs7.getSignCertificateChain()) {
                    certificates.add((java.security.cert.X509Certificate) c);
                }
                addChain(certificates, revocation, certBytes, crlBytes, ocspBytes);
                if (pkcs7.getTimestampCertificates() != null && pkcs7.getTimestampCertificates().length > 0) {
                    java.util.List<java.security.cert.X509Certificate> tsa = new java.util.ArrayList<>();
                    for (Certificate c : pkcs7.getTimestampCertificates()) {
                        tsa.add((java.security.cert.X509Certificate) c);
                    }
                    addChain(tsa, revocation, certBytes, crlBytes, ocspBytes);
                }
                ltv.addVerification(name, ocspBytes, crlBytes, certBytes);
            }
            ltv.merge();
        } catch (IOException | GeneralSecurityException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sign.failed", String.valueOf(e.getMessage())), e);
        } catch (PdfException e) {
            throw SohoaException.badInput("pdf.damaged", in.toString());
        }
        write(out, stream.toByteArray(), in);
    }

    private static void addChain(java.util.List<java.security.cert.X509Certificate> chain, RevocationSources revocation,
                                 java.util.List<byte[]> certBytes, java.util.List<byte[]> crlBytes, java.util.List<byte[]> ocspBytes)
            throws java.security.cert.CertificateEncodingException, java.security.cert.CRLException {
        ValidationData data = revocation.forChain(chain);
        for (java.security.cert.X509Certificate c : chain) {
            certBytes.add(c.getEncoded());
        }
        for (java.security.cert.X509Certificate c : data.certificates()) {
            certBytes.add(c.getEncoded());
        }
        for (java.security.cert.X509CRL crl : data.crls()) {
            crlBytes.add(crl.getEncoded());
        }
        // iText wraps each answer into a full OCSPResponse itself, so it is given the BasicOCSPResponse inside.
        for (byte[] response : data.ocspResponses()) {
            var basic = vn.sohoa.evidence.revocation.OcspResponses.parse(response);
            if (basic.isPresent()) {
                try {
                    ocspBytes.add(basic.get().getEncoded());
                } catch (IOException e) {
                    throw new java.security.cert.CRLException("cannot encode an OCSP response", e);
                }
            }
        }
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
