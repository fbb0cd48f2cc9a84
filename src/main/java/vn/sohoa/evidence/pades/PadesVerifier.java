package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.SignatureUtil;

import org.bouncycastle.tsp.TimeStampToken;

import vn.sohoa.evidence.cades.CmsCheck;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.revocation.ValidationData;
import vn.sohoa.evidence.timestamp.TimestampCheck;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.Message;

/**
 * Verifies every signature and document time-stamp of a PDF offline. Each is checked on the raw
 * bytes: the byte range, the signature hole, the digest, the signer's chain; bytes after the last
 * signed revision are reported as changes made after signing.
 */
public final class PadesVerifier {

    private static final PdfName ETSI_RFC3161 = new PdfName("ETSI.RFC3161");
    private static final PdfName ADBE_DETACHED = new PdfName("adbe.pkcs7.detached");
    private static final PdfName CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private PadesVerifier() {
    }

    private record Found(String name, long[] range, PdfName subFilter, Optional<Instant> claimed) {
        long end() {
            return range.length == 4 ? range[2] + range[3] : 0;
        }
    }

    public static ValidationReport verify(Path file, String shownName, TrustAnchors anchors) throws IOException {
        long size = Files.size(file);
        List<Found> found = new ArrayList<>();
        boolean hasDss;
        List<java.security.cert.X509CRL> crls = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(file.toString()))) {
            SignatureUtil util = new SignatureUtil(doc);
            for (String name : util.getSignatureNames()) {
                PdfDictionary dict = util.getSignatureDictionary(name);
                if (dict == null) {
                    continue;
                }
                PdfArray array = dict.getAsArray(PdfName.ByteRange);
                long[] range = new long[array == null ? 0 : array.size()];
                for (int i = 0; i < range.length; i++) {
                    var number = array.getAsNumber(i);
                    range[i] = number == null ? -1 : number.longValue();
                }
                PdfString m = dict.getAsString(PdfName.M);
                Optional<Instant> claimed = Optional.empty();
                if (m != null) {
                    try {
                        claimed = Optional.of(PdfDate.decode(m.toUnicodeString()).toInstant());
                    } catch (RuntimeException ignored) {
                        claimed = Optional.empty();
                    }
                }
                PdfName subFilter = dict.getAsName(PdfName.SubFilter);
                found.add(new Found(name, range, subFilter, claimed));
            }
            PdfDictionary dss = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            hasDss = dss != null;
            if (dss != null && dss.getAsArray(PdfName.OCSPs) != null) {
                PdfArray array = dss.getAsArray(PdfName.OCSPs);
                for (int i = 0; i < array.size(); i++) {
                    var stream = array.getAsStream(i);
                    if (stream != null) {
                        ocsps.add(stream.getBytes());
                    }
                }
            }
            if (dss != null && dss.getAsArray(PdfName.CRLs) != null) {
                PdfArray array = dss.getAsArray(PdfName.CRLs);
                for (int i = 0; i < array.size(); i++) {
                    try {
                        crls.add((java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509")
                                .generateCRL(new java.io.ByteArrayInputStream(array.getAsStream(i).getBytes())));
                    } catch (java.security.GeneralSecurityException | RuntimeException bad) {
                        // an unreadable CRL proves nothing; it is simply not used
                    }
                }
            }
        } catch (RuntimeException | IOException | AssertionError | StackOverflowError e) {
            // A damaged file can trip the PDF parser anywhere; whatever it throws, the file is not intact.
            return ValidationReport.ofPdf(shownName, List.of(), List.of(Message.of("pdf.unreadableSigned")));
        }
        found.sort(Comparator.comparingLong(Found::end));
        List<Message> problems = new ArrayList<>();
        if (found.isEmpty()) {
            problems.add(Message.of("pdf.noSignature"));
            return ValidationReport.ofPdf(shownName, List.of(), problems);
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (Found f : found) {
            reports.add(check(file, size, f, anchors, new ValidationData(ocsps, crls, List.of())));
        }
        long lastEnd = found.getLast().end();
        if (lastEnd != size && !(hasDss && LaterRevisions.onlyValidationData(file, lastEnd))) {
            problems.add(Message.of("pdf.changedAfterSigning", size - lastEnd));
        }
        return ValidationReport.ofPdf(shownName, withLevels(reports, found, hasDss), problems);
    }

    private static SignatureReport check(Path file, long size, Found f, TrustAnchors anchors,
                                         ValidationData embedded) throws IOException {
        boolean whole = f.end() == size;
        List<Message> notes = new ArrayList<>();
        if (!whole && f.end() < size) {
            notes.add(Message.of("pdf.laterRevisions"));
        }
        SignatureReport.Kind kind = ETSI_RFC3161.equals(f.subFilter())
                ? SignatureReport.Kind.DOCUMENT_TIMESTAMP : SignatureReport.Kind.SIGNATURE;
        SignatureGap.Result gap = SignatureGap.read(file, f.range(), size);
        if (gap.problem().isPresent()) {
            return new SignatureReport(f.name(), kind, Optional.empty(), Optional.empty(), "?", f.claimed(), Optional.empty(),
                    false, SignatureReport.Trust.UNKNOWN, whole, Optional.empty(), List.of(gap.problem().get()), notes);
        }
        byte[] der = gap.der().orElseThrow();
        ByteRangeContent content = new ByteRangeContent(file, f.range());
        if (kind == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
            return documentTimestamp(f, der, content, whole, notes, anchors);
        }
        if (ADBE_DETACHED.equals(f.subFilter())) {
            notes.add(Message.of("pdf.notPades", "adbe.pkcs7.detached"));
        } else if (!CADES_DETACHED.equals(f.subFilter())) {
            return new SignatureReport(f.name(), kind, Optional.empty(), Optional.empty(), "?", f.claimed(), Optional.empty(),
                    false, SignatureReport.Trust.UNKNOWN, whole, Optional.empty(),
                    List.of(Message.of("pdf.subFilter", String.valueOf(f.subFilter()))), notes);
        }
        return CmsCheck.verify(der, content,
                new CmsCheck.Context(f.name(), kind, f.claimed(), whole, Optional.empty(), List.of(), notes, embedded), anchors);
    }

    private static SignatureReport documentTimestamp(Found f, byte[] der, ByteRangeContent content, boolean whole,
                                                     List<Message> notes, TrustAnchors anchors) {
        List<Message> problems = new ArrayList<>();
        try {
            TimeStampToken token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(der));
            byte[] digest = content.digest(TimestampCheck.digester(token));
            TimestampCheck.Result r = TimestampCheck.check(token, digest, anchors);
            problems.addAll(r.problems());
            return new SignatureReport(f.name(), SignatureReport.Kind.DOCUMENT_TIMESTAMP, r.authority(), Optional.empty(),
                    "RFC 3161", f.claimed(), r.time(), r.intact(),
                    r.trusted() ? SignatureReport.Trust.TRUSTED : SignatureReport.Trust.UNTRUSTED, whole, Optional.empty(),
                    problems, notes);
        } catch (Exception e) {
            return new SignatureReport(f.name(), SignatureReport.Kind.DOCUMENT_TIMESTAMP, Optional.empty(), Optional.empty(),
                    "RFC 3161", f.claimed(), Optional.empty(), false, SignatureReport.Trust.UNKNOWN, whole, Optional.empty(),
                    List.of(Message.of("timestamp.unreadable")), notes);
        }
    }

    /**
     * The PAdES baseline level of each signature: B-T with a time-stamp of its own or a valid
     * document time-stamp after it (the earliest proves when it existed), B-LT with validation data
     * in the DSS, B-LTA with a document time-stamp over that.
     */
    private static List<SignatureReport> withLevels(List<SignatureReport> reports, List<Found> found, boolean hasDss) {
        List<SignatureReport> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            SignatureReport r = reports.get(i);
            if (r.kind() != SignatureReport.Kind.SIGNATURE) {
                out.add(r);
                continue;
            }
            Optional<Instant> time = r.timestampTime();
            boolean laterDocTimestamp = false;
            for (int j = i + 1; j < reports.size(); j++) {
                SignatureReport later = reports.get(j);
                if (later.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP && later.status() == vn.sohoa.evidence.report.Status.VALID) {
                    laterDocTimestamp = true;
                    if (time.isEmpty()) {
                        time = later.timestampTime();
                    }
                }
            }
            String level = time.isEmpty() ? "B-B" : hasDss ? (laterDocTimestamp && r.timestampTime().isPresent() ? "B-LTA" : "B-LT") : "B-T";
            out.add(new SignatureReport(r.id(), r.kind(), r.signer(), r.signerCertificateSha256(), r.algorithm(), r.claimedTime(),
                    time, r.intact(), r.trust(), r.coversWholeFile(), Optional.of(level), r.problems(), r.notes()));
        }
        return out;
    }
}
