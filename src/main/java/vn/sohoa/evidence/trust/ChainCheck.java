package vn.sohoa.evidence.trust;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.sohoa.i18n.Message;

/** Builds a path from a certificate to a trust anchor at a given time, offline (no revocation fetch). */
public final class ChainCheck {

    private ChainCheck() {
    }

    /** Empty when {@code certificate} chains to an anchor and every certificate is valid at {@code at}; else why not. */
    public static Optional<Message> check(X509Certificate certificate, Collection<X509Certificate> pool,
                                          TrustAnchors anchors, Instant at) {
        if (anchors.roots().isEmpty()) {
            return Optional.of(Message.of("trust.noAnchors"));
        }
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            for (X509Certificate root : anchors.roots()) {
                trust.add(new TrustAnchor(root, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trust, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            List<X509Certificate> all = new ArrayList<>(pool);
            all.addAll(anchors.intermediates());
            all.add(certificate);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            if (certificate.getNotAfter().toInstant().isBefore(at) || certificate.getNotBefore().toInstant().isAfter(at)) {
                return Optional.of(Message.of("trust.expired", subject(certificate), at.toString()));
            }
            return Optional.of(Message.of("trust.noPath", subject(certificate)));
        }
    }

    /** The subject's common name (and organization), as people read it. */
    public static String subject(X509Certificate certificate) {
        org.bouncycastle.asn1.x500.X500Name name =
                org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String cn = first(name, org.bouncycastle.asn1.x500.style.BCStyle.CN);
        String o = first(name, org.bouncycastle.asn1.x500.style.BCStyle.O);
        if (cn == null) {
            return safeToString(name);
        }
        return o == null ? cn : cn + ", " + o;
    }

    /** The subject's common name alone (the whole name when it has none). */
    public static String commonName(X509Certificate certificate) {
        org.bouncycastle.asn1.x500.X500Name name =
                org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String cn = first(name, org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cn == null ? safeToString(name) : cn;
    }

    private static String safeToString(org.bouncycastle.asn1.x500.X500Name name) {
        try {
            return name.toString();
        } catch (RuntimeException damaged) {
            return "?";
        }
    }

    private static String first(org.bouncycastle.asn1.x500.X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        org.bouncycastle.asn1.x500.RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        var value = rdns[0].getFirst().getValue();
        try {
            return org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(value);
        } catch (RuntimeException damaged) {
            // A changed byte can leave a name that is not UTF-8; the report still names it, as hex.
            try {
                return "#" + java.util.HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
            } catch (java.io.IOException e) {
                return "?";
            }
        }
    }
}
