package vn.sohoa.evidence.revocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * Asks the OCSP responder a certificate names (authority information access, http only) for its
 * status, with a nonce, and keeps the answer only when the issuer or its delegated responder signed it.
 */
public final class OcspFetcher {

    /** A checked answer and the DER OCSPResponse it came in, for the DSS dictionary. */
    public record Fetched(byte[] der, BasicOCSPResp response, OcspResponses.Answer answer) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The responder's answer about {@code certificate}; empty when the certificate names no responder. */
    public Optional<Fetched> fetch(X509Certificate certificate, X509Certificate issuer) {
        Optional<String> url = responderUrl(certificate);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        byte[] request;
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            request = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(new DEROctetString(nonce)))))
                    .build().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build an OCSP request", e);
        }
        byte[] body;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.get())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unreachable(url.get());
            }
            body = response.body();
        } catch (IOException | IllegalArgumentException e) {
            throw unreachable(url.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(url.get());
        }
        BasicOCSPResp basic = OcspResponses.parse(body).orElseThrow(() -> badAnswer(url.get()));
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed != null && !java.util.Arrays.equals(
                ASN1OctetString.getInstance(echoed.getParsedValue()).getOctets(), nonce)) {
            throw badAnswer(url.get());
        }
        OcspResponses.Answer answer = OcspResponses.statusOf(basic, certificate, issuer).orElseThrow(() -> badAnswer(url.get()));
        return Optional.of(new Fetched(body, basic, answer));
    }

    static Optional<String> responderUrl(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return Optional.empty();
        }
        AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        for (AccessDescription d : aia.getAccessDescriptions()) {
            GeneralName name = d.getAccessLocation();
            if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp) && name.getTagNo() == GeneralName.uniformResourceIdentifier
                    && name.getName().toString().startsWith("http")) {
                return Optional.of(name.getName().toString());
            }
        }
        return Optional.empty();
    }

    private static SohoaException unreachable(String url) {
        return new SohoaException(SohoaException.Reason.FAILED, Message.of("revocation.ocspUnreachable", url));
    }

    private static SohoaException badAnswer(String url) {
        return new SohoaException(SohoaException.Reason.FAILED, Message.of("revocation.badOcsp", url));
    }
}
