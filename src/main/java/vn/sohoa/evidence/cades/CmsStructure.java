package vn.sohoa.evidence.cades;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import vn.sohoa.i18n.Message;

/**
 * The parts of a CMS signature that its own signature does not cover: the version numbers, the
 * digest algorithm list, the embedded certificates and the unsigned attributes. Each must be what
 * an honest signer writes, so that no byte of the signature can change unseen.
 */
public final class CmsStructure {

    /** Unsigned attributes SoHoa knows: the signature time-stamp and the CAdES validation data. */
    private static final Set<ASN1ObjectIdentifier> KNOWN_UNSIGNED = Set.of(
            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
            PKCSObjectIdentifiers.id_aa_ets_certValues,
            PKCSObjectIdentifiers.id_aa_ets_revocationValues,
            PKCSObjectIdentifiers.id_aa_ets_certificateRefs,
            PKCSObjectIdentifiers.id_aa_ets_revocationRefs,
            PKCSObjectIdentifiers.id_aa_ets_escTimeStamp,
            new ASN1ObjectIdentifier("0.4.0.1733.2.4"),
            new ASN1ObjectIdentifier("0.4.0.1733.2.5"),
            new ASN1ObjectIdentifier("0.4.0.19122.1.1"),
            new ASN1ObjectIdentifier("0.4.0.19122.1.5"));

    private CmsStructure() {
    }

    /** Empty when the structure is sound; else the reason. {@code pool} is every certificate the CMS carries. */
    public static Optional<Message> check(CMSSignedData signed, byte[] encoded, SignerInformation signer,
                                          List<X509Certificate> pool, Collection<X509Certificate> roots) {
        try {
            if (!java.util.Arrays.equals(signed.toASN1Structure().getEncoded("DER"), encoded)) {
                return altered();
            }
            int version = signed.getVersion();
            if (version != 1 && version != 3 && version != 4 && version != 5) {
                return altered();
            }
            int signerVersion = signer.getVersion();
            boolean bySubjectKeyId = signer.getSID().getSubjectKeyIdentifier() != null;
            if (signerVersion != (bySubjectKeyId ? 3 : 1)) {
                return altered();
            }
            Set<AlgorithmIdentifier> digests = signed.getDigestAlgorithmIDs();
            boolean listed = digests.stream().anyMatch(a -> a.getAlgorithm().equals(signer.getDigestAlgorithmID().getAlgorithm()));
            if (!listed || digests.size() != 1) {
                return altered();
            }
            AttributeTable unsigned = signer.getUnsignedAttributes();
            if (unsigned != null) {
                for (org.bouncycastle.asn1.cms.Attribute a : unsigned.toASN1Structure().getAttributes()) {
                    if (!KNOWN_UNSIGNED.contains(a.getAttrType())) {
                        return altered();
                    }
                }
            }
            if (signed.getCRLs().getMatches(null).size() > 0 || signed.getAttributeCertificates().getMatches(null).size() > 0) {
                return altered();
            }
            for (X509Certificate c : pool) {
                if (!issuedByKnown(c, pool, roots)) {
                    return altered();
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return altered();
        }
    }

    private static boolean issuedByKnown(X509Certificate c, List<X509Certificate> pool, Collection<X509Certificate> roots) {
        List<X509Certificate> issuers = new ArrayList<>(pool);
        issuers.addAll(roots);
        for (X509Certificate issuer : issuers) {
            if (!issuer.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                continue;
            }
            try {
                c.verify(issuer.getPublicKey());
                return true;
            } catch (Exception notThisOne) {
                // try the next candidate
            }
        }
        return false;
    }

    private static Optional<Message> altered() {
        return Optional.of(Message.of("signature.structure"));
    }
}
