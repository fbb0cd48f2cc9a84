package vn.sohoa.evidence.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Reads OCSP responses (RFC 6960) offline: what one says about a certificate, believed only when
 * it is signed by the certificate's issuer or by a responder that issuer delegated
 * (id-kp-OCSPSigning) and the response was valid at its production time.
 */
public final class OcspResponses {

    private OcspResponses() {
    }

    /** An OCSP response's word on one certificate: good, or revoked at a time; unknown answers are dropped. */
    public record Answer(boolean revoked, Optional<Instant> revokedAt, Instant thisUpdate) {
    }

    /** Parses a DER OCSPResponse or a bare BasicOCSPResponse (both appear in PDFs' DSS). */
    public static Optional<BasicOCSPResp> parse(byte[] der) {
        try {
            OCSPResp full = new OCSPResp(der);
            if (full.getStatus() != OCSPResponseStatus.SUCCESSFUL || !(full.getResponseObject() instanceof BasicOCSPResp basic)) {
                return Optional.empty();
            }
            return Optional.of(basic);
        } catch (Exception notFull) {
            try {
                return Optional.of(new BasicOCSPResp(org.bouncycastle.asn1.ocsp.BasicOCSPResponse.getInstance(der)));
            } catch (Exception e) {
                return Optional.empty();
            }
        }
    }

    /** What {@code response} says about {@code certificate}, if it speaks of it and its signature holds. */
    public static Optional<Answer> statusOf(BasicOCSPResp response, X509Certificate certificate, X509Certificate issuer) {
        try {
            if (!signedFor(response, issuer)) {
                return Optional.empty();
            }
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp single : response.getResponses()) {
                CertificateID asked = single.getCertID();
                if (!asked.getSerialNumber().equals(certificate.getSerialNumber())
                        || !asked.matchesIssuer(issuerHolder, new JcaDigestCalculatorProviderBuilder().build())) {
                    continue;
                }
                Instant thisUpdate = single.getThisUpdate().toInstant();
                Object status = single.getCertStatus();
                if (status == null) {
                    return Optional.of(new Answer(false, Optional.empty(), thisUpdate));
                }
                if (status instanceof RevokedStatus r) {
                    return Optional.of(new Answer(true, Optional.of(r.getRevocationTime().toInstant()), thisUpdate));
                }
                return Optional.empty();
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The first of {@code responses} that speaks of {@code certificate} with a valid signature. */
    public static Optional<Answer> find(Collection<BasicOCSPResp> responses, X509Certificate certificate, X509Certificate issuer) {
        for (BasicOCSPResp r : responses) {
            Optional<Answer> a = statusOf(r, certificate, issuer);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The responder certificates a response carries, for the DSS dictionary. */
    public static List<X509Certificate> certificates(BasicOCSPResp response) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        return java.util.Arrays.stream(response.getCerts()).map(h -> {
            try {
                return converter.getCertificate(h);
            } catch (Exception e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static boolean signedFor(BasicOCSPResp response, X509Certificate issuer) throws Exception {
        if (signedBy(response, issuer)) {
            return true;
        }
        Instant produced = response.getProducedAt().toInstant();
        for (X509CertificateHolder h : response.getCerts()) {
            X509Certificate responder = new JcaX509CertificateConverter().getCertificate(h);
            List<String> purposes = responder.getExtendedKeyUsage();
            if (purposes == null || !purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    || !responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                continue;
            }
            try {
                responder.verify(issuer.getPublicKey());
                responder.checkValidity(java.util.Date.from(produced));
            } catch (Exception e) {
                continue;
            }
            if (signedBy(response, responder)) {
                return true;
            }
        }
        return false;
    }

    /** A key of another size makes the JDK throw rather than answer no: either way, not signed by it. */
    private static boolean signedBy(BasicOCSPResp response, X509Certificate candidate) {
        try {
            return response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(candidate.getPublicKey()));
        } catch (Exception e) {
            return false;
        }
    }
}
