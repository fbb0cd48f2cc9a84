package vn.sohoa.evidence.revocation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.sohoa.evidence.keys.SigningKey;

/**
 * The OCSP responder's logic (RFC 6960), built on Bouncy Castle: answers for the certificates one
 * CA issued, signed by a responder certificate that CA delegated (id-kp-OCSPSigning); a request
 * about another CA's certificate is "unauthorized".
 */
final class OcspAnswers {

    private final SigningKey responder;
    private final X509CertificateHolder issuer;
    private final RevokedSerials revoked;
    private final DigestCalculatorProvider digests;

    OcspAnswers(SigningKey responder, java.security.cert.X509Certificate issuer, RevokedSerials revoked) throws Exception {
        this.responder = responder;
        this.issuer = new JcaX509CertificateHolder(issuer);
        this.revoked = revoked;
        this.digests = new JcaDigestCalculatorProviderBuilder().build();
    }

    byte[] answer(byte[] requestDer) throws Exception {
        OCSPReq request;
        try {
            request = new OCSPReq(requestDer);
        } catch (Exception e) {
            return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
        }
        Req[] items = request.getRequestList();
        if (items.length == 0) {
            return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
        }
        X509CertificateHolder responderCert = new JcaX509CertificateHolder(responder.certificate());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new RespID(responderCert.getSubjectPublicKeyInfo(), digests.get(RespID.HASH_SHA1)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Req item : items) {
            if (!item.getCertID().matchesIssuer(issuer, digests)) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            }
            Optional<Instant> when = revoked.revokedAt(item.getCertID().getSerialNumber());
            CertificateStatus status = when.<CertificateStatus>map(w -> new RevokedStatus(Date.from(w), CRLReason.keyCompromise))
                    .orElse(CertificateStatus.GOOD);
            builder.addResponse(item.getCertID(), status, Date.from(now), Date.from(now.plus(Duration.ofDays(1))), null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        String algorithm = responder.isEc() ? "SHA256withECDSA" : "SHA256withRSA";
        JcaContentSignerBuilder signer = new JcaContentSignerBuilder(algorithm);
        responder.provider().ifPresent(signer::setProvider);
        OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                builder.build(signer.build(responder.privateKey()), new X509CertificateHolder[] {responderCert}, Date.from(now)));
        return response.getEncoded();
    }
}
