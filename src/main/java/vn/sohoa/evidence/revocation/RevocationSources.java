package vn.sohoa.evidence.revocation;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.sohoa.evidence.trust.ChainCheck;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * Where a certificate chain's revocation status comes from when the network allows: the OCSP
 * responder each certificate names, and its CRL distribution point when it names no responder or
 * the responder does not answer.
 */
public final class RevocationSources {

    private final OcspFetcher ocsp = new OcspFetcher();
    private final CrlFetcher crls = new CrlFetcher();

    /**
     * OCSP responses (or CRLs as fallback) for every certificate of {@code chain} (signer first)
     * but its root. Fails with the reason when a certificate names sources and none answers.
     */
    public ValidationData forChain(List<X509Certificate> chain) {
        List<byte[]> responses = new ArrayList<>();
        List<X509CRL> lists = new ArrayList<>();
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            SohoaException ocspFailure = null;
            try {
                Optional<OcspFetcher.Fetched> fetched = ocsp.fetch(certificate, issuer);
                if (fetched.isPresent()) {
                    responses.add(fetched.get().der());
                    certificates.addAll(OcspResponses.certificates(fetched.get().response()));
                    continue;
                }
            } catch (SohoaException e) {
                ocspFailure = e;
            }
            try {
                Optional<X509CRL> crl = crls.fetch(certificate, issuer);
                if (crl.isPresent()) {
                    lists.add(crl.get());
                } else if (ocspFailure != null) {
                    throw ocspFailure;
                }
            } catch (SohoaException crlFailure) {
                throw ocspFailure != null ? ocspFailure : crlFailure;
            }
        }
        return new ValidationData(responses, lists, List.copyOf(certificates));
    }

    /**
     * Checks the signer's chain before signing: a revoked certificate is refused with the reason;
     * when no source answers (or none is named), signing may go ahead and the result says why it was not checked.
     */
    public SignerCheck beforeSigning(List<X509Certificate> chain) {
        ValidationData data;
        try {
            data = forChain(chain);
        } catch (SohoaException e) {
            if (e.reason() == SohoaException.Reason.CHECK_FAILED) {
                throw e;
            }
            return new SignerCheck.NotChecked(e.userMessage());
        }
        requireNoneRevoked(chain, data);
        if (data.isEmpty()) {
            return new SignerCheck.NotChecked(Message.of("revocation.noSources", ChainCheck.subject(chain.getFirst())));
        }
        List<String> sources = new ArrayList<>();
        if (!data.ocspResponses().isEmpty()) {
            sources.add("OCSP");
        }
        if (!data.crls().isEmpty()) {
            sources.add("CRL");
        }
        return new SignerCheck.Confirmed(String.join(" + ", sources));
    }

    /** For long-term signing: the chain's validation data, refusing a revoked certificate and unreachable sources alike. */
    public ValidationData requireNotRevoked(List<X509Certificate> chain) {
        ValidationData data = forChain(chain);
        requireNoneRevoked(chain, data);
        return data;
    }

    /** Refuses with the reason when {@code data} says a certificate of {@code chain} is revoked. */
    static void requireNoneRevoked(List<X509Certificate> chain, ValidationData data) {
        List<org.bouncycastle.cert.ocsp.BasicOCSPResp> parsed = data.ocspResponses().stream()
                .map(OcspResponses::parse).flatMap(Optional::stream).toList();
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            boolean revoked = OcspResponses.find(parsed, c, chain.get(i + 1)).map(OcspResponses.Answer::revoked).orElse(false);
            for (X509CRL crl : data.crls()) {
                revoked |= crl.getIssuerX500Principal().equals(c.getIssuerX500Principal()) && crl.isRevoked(c);
            }
            if (revoked) {
                throw new SohoaException(SohoaException.Reason.CHECK_FAILED, Message.of("revocation.revoked", ChainCheck.subject(c)));
            }
        }
    }
}
