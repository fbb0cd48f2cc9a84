package vn.sohoa.evidence.revocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * Fetches the CRL named in each certificate's CRL distribution point (http only) and checks it is
 * signed by the certificate's issuer: for checking a signer before signing (Nghị định 23/2025/NĐ-CP)
 * and for embedding validation data (PAdES B-LT).
 */
public final class CrlFetcher {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The CRL for {@code certificate}, issued by {@code issuer}; empty when the certificate names none. */
    public Optional<X509CRL> fetch(X509Certificate certificate, X509Certificate issuer) {
        Optional<String> url = distributionPoint(certificate);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.get())).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unreachable(url.get());
            }
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(response.body()));
            crl.verify(issuer.getPublicKey());
            return Optional.of(crl);
        } catch (IOException e) {
            throw unreachable(url.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(url.get());
        } catch (java.security.GeneralSecurityException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("revocation.badCrl", url.get()), e);
        }
    }

    static Optional<String> distributionPoint(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return Optional.empty();
        }
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        for (DistributionPoint p : points.getDistributionPoints()) {
            DistributionPointName name = p.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                    String uri = g.getName().toString();
                    if (g.getTagNo() == GeneralName.uniformResourceIdentifier && uri.startsWith("http")) {
                        return Optional.of(uri);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static SohoaException unreachable(String url) {
        return new SohoaException(SohoaException.Reason.FAILED, Message.of("revocation.unreachable", url));
    }
}
