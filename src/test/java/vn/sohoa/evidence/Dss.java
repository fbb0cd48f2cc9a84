package vn.sohoa.evidence;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/** EU DSS 6.4 as the outside judge: validates a file with SoHoa's demo root as the only trust anchor. */
public final class Dss {

    /** The verdict on each signature: indication and level. */
    public record Verdict(int signatures, Indication indication, SignatureLevel level, String details) {
    }

    private Dss() {
    }

    public static Verdict validate(Path file, X509Certificate root) {
        return validate(file, root, true);
    }

    /** With no network source at all: only what the file carries (its DSS) can prove revocation status. */
    public static Verdict validateOffline(Path file, X509Certificate root) {
        return validate(file, root, false);
    }

    private static Verdict validate(Path file, X509Certificate root, boolean fetchCrls) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(root));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(fetchCrls ? new OnlineCRLSource(new CommonsDataLoader()) : null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(file.toFile()));
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        Indication worst = Indication.TOTAL_PASSED;
        SignatureLevel level = null;
        StringBuilder details = new StringBuilder();
        for (String id : simple.getSignatureIdList()) {
            Indication i = simple.getIndication(id);
            if (i != Indication.TOTAL_PASSED) {
                worst = i;
            }
            level = simple.getSignatureFormat(id);
            details.append(id).append(' ').append(i).append(' ').append(simple.getSubIndication(id)).append(' ')
                    .append(simple.getAdESValidationErrors(id)).append(' ').append(simple.getQualificationErrors(id)).append('\n');
        }
        if (simple.getSignatureIdList().isEmpty()) {
            worst = Indication.NO_SIGNATURE_FOUND;
        }
        return new Verdict(simple.getSignatureIdList().size(), worst, level, details.toString());
    }
}
