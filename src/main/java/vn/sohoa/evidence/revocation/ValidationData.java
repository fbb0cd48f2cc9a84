package vn.sohoa.evidence.revocation;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Revocation evidence for PAdES B-LT, as it goes into (and comes out of) a PDF's DSS dictionary:
 * DER OCSP responses, CRLs, and the certificates needed to check them (OCSP responders).
 */
public record ValidationData(List<byte[]> ocspResponses, List<X509CRL> crls, List<X509Certificate> certificates) {

    public static final ValidationData NONE = new ValidationData(List.of(), List.of(), List.of());

    public ValidationData {
        ocspResponses = List.copyOf(ocspResponses);
        crls = List.copyOf(crls);
        certificates = List.copyOf(certificates);
    }

    public boolean isEmpty() {
        return ocspResponses.isEmpty() && crls.isEmpty();
    }
}
