package vn.sohoa.evidence.cades;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.revocation.OcspResponses;
import vn.sohoa.evidence.revocation.ValidationData;
import vn.sohoa.evidence.timestamp.TimestampCheck;
import vn.sohoa.evidence.trust.ChainCheck;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.Message;

/**
 * Verifies a detached CMS signature (CAdES, or the CMS inside a PAdES signature) over streamed
 * content, offline: digest and signature, the signing-certificate attribute, the signature
 * time-stamp, and the chain to a trust anchor at the proven time (or now, with no time-stamp).
 */
public final class CmsCheck {

    private static final Set<String> STRONG_DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256.getId(), NISTObjectIdentifiers.id_sha384.getId(),
            NISTObjectIdentifiers.id_sha512.getId(), NISTObjectIdentifiers.id_sha3_256.getId(),
            NISTObjectIdentifiers.id_sha3_384.getId(), NISTObjectIdentifiers.id_sha3_512.getId());

    private CmsCheck() {
    }

    /** What the caller knows besides the CMS: the claimed time (for a PDF, its /M) and whether it covers the whole file. */
    public record Context(String id, SignatureReport.Kind kind, Optional<Instant> claimedTime, boolean coversWholeFile,
                          Optional<String> level, List<Message> problems, List<Message> notes,
                          ValidationData revocationData) {
        public Context(String id, SignatureReport.Kind kind, Optional<Instant> claimedTime, boolean coversWholeFile,
                       Optional<String> level, List<Message> problems, List<Message> notes) {
            this(id, kind, claimedTime, coversWholeFile, level, problems, notes, ValidationData.NONE);
        }
    }

    public static SignatureReport verify(byte[] cms, CMSTypedData content, Context context, TrustAnchors anchors) {
        List<Message> problems = new ArrayList<>(context.problems());
        List<Message> notes = new ArrayList<>(context.notes());
        CMSSignedData signed;
        SignerInformation signer;
        try {
            signed = new CMSSignedData(content, cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                problems.add(Message.of("signature.signerCount", signers.size()));
                return broken(context, problems, notes);
            }
            signer = signers.iterator().next();
        } catch (Exception e) {
            problems.add(Message.of("signature.unreadable"));
            return broken(context, problems, notes);
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        X509Certificate certificate;
        List<X509Certificate> pool = new ArrayList<>();
        try {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                problems.add(Message.of("signature.noCertificate"));
                return broken(context, problems, notes);
            }
            certificate = converter.getCertificate(matches.iterator().next());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = signed.getCertificates().getMatches(null);
            for (X509CertificateHolder h : all) {
                pool.add(converter.getCertificate(h));
            }
        } catch (Exception e) {
            problems.add(Message.of("signature.noCertificate"));
            return broken(context, problems, notes);
        }
        CmsStructure.check(signed, cms, signer, pool, anchors.roots()).ifPresent(problems::add);
        String algorithm = algorithm(signer.getEncryptionAlgOID());
        if (algorithm.equals("RSA PKCS#1 v1.5")) {
            notes.add(Message.of("signature.pkcs1"));
        }
        if (!STRONG_DIGESTS.contains(signer.getDigestAlgOID())) {
            problems.add(Message.of("signature.weakDigest", signer.getDigestAlgOID()));
        }
        boolean intact;
        try {
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TimestampCheck.BC).build(certificate));
        } catch (Exception e) {
            intact = false;
        }
        if (!intact) {
            problems.add(Message.of("signature.digest"));
        }
        checkSigningCertificate(signer, certificate, problems, notes);

        Optional<Instant> claimed = context.claimedTime().or(() -> signingTime(signer));
        Optional<Instant> stamped = Optional.empty();
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute tsAttribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (tsAttribute != null) {
            try {
                TimeStampToken token = new TimeStampToken(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                        tsAttribute.getAttrValues().getObjectAt(0)));
                byte[] digest = TimestampCheck.digester(token).digest(signer.getSignature());
                TimestampCheck.Result r = TimestampCheck.check(token, digest, anchors);
                problems.addAll(r.problems());
                stamped = r.time();
            } catch (Exception e) {
                problems.add(Message.of("timestamp.unreadable"));
            }
        }
        Instant at = stamped.orElse(Instant.now());
        Optional<Message> chain = ChainCheck.check(certificate, pool, anchors, at);
        SignatureReport.Trust trust = chain.isEmpty() ? SignatureReport.Trust.TRUSTED : SignatureReport.Trust.UNTRUSTED;
        chain.ifPresent(problems::add);
        checkRevocation(certificate, pool, anchors, context.revocationData(), stamped, problems, notes);
        Optional<String> level = context.level().isPresent() ? context.level() : Optional.of(stamped.isPresent() ? "B-T" : "B-B");
        return new SignatureReport(context.id(), context.kind(), Optional.of(ChainCheck.subject(certificate)),
                Optional.of(certificateSha256(certificate)), algorithm, claimed, stamped, intact, trust,
                context.coversWholeFile(), level, problems, notes);
    }

    /**
     * With embedded validation data (PAdES B-LT), the signer must not be revoked before the proven
     * time: OCSP responses first, CRLs as well, each believed only when its issuer (or the issuer's
     * delegated OCSP responder) signed it. What was found is noted.
     */
    private static void checkRevocation(X509Certificate certificate, List<X509Certificate> pool, TrustAnchors anchors,
                                        ValidationData data, Optional<Instant> stamped, List<Message> problems,
                                        List<Message> notes) {
        if (data.isEmpty()) {
            return;
        }
        List<X509Certificate> issuers = new ArrayList<>(pool);
        issuers.addAll(anchors.roots());
        issuers.addAll(anchors.intermediates());
        List<X509Certificate> signedIt = issuers.stream()
                .filter(i -> i.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(i -> {
                    try {
                        certificate.verify(i.getPublicKey());
                        return true;
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
        Optional<Instant> revokedAt = Optional.empty();
        Optional<String> goodBy = Optional.empty();
        List<BasicOCSPResp> responses = data.ocspResponses().stream().map(OcspResponses::parse).flatMap(Optional::stream).toList();
        for (X509Certificate issuer : signedIt) {
            Optional<OcspResponses.Answer> answer = OcspResponses.find(responses, certificate, issuer);
            if (answer.isPresent()) {
                if (answer.get().revoked()) {
                    revokedAt = answer.get().revokedAt();
                } else {
                    goodBy = Optional.of("OCSP " + answer.get().thisUpdate());
                }
            }
        }
        for (java.security.cert.X509CRL crl : data.crls()) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            boolean signedByIssuer = signedIt.stream().anyMatch(i -> {
                try {
                    crl.verify(i.getPublicKey());
                    return true;
                } catch (Exception e) {
                    return false;
                }
            });
            if (!signedByIssuer) {
                continue;
            }
            java.security.cert.X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                revokedAt = Optional.of(entry.getRevocationDate().toInstant());
            } else if (goodBy.isEmpty()) {
                goodBy = Optional.of("CRL " + crl.getThisUpdate().toInstant());
            }
        }
        if (revokedAt.isPresent()) {
            if (stamped.isEmpty()) {
                problems.add(Message.of("revocation.revoked", ChainCheck.subject(certificate)));
            } else if (!revokedAt.get().isAfter(stamped.get())) {
                problems.add(Message.of("revocation.revokedBefore", ChainCheck.subject(certificate), revokedAt.get().toString()));
            } else {
                notes.add(Message.of("revocation.revokedAfter", revokedAt.get().toString()));
            }
        } else if (goodBy.isPresent()) {
            notes.add(Message.of("revocation.good", goodBy.get()));
        } else {
            notes.add(Message.of("revocation.noneEmbedded"));
        }
    }

    private static void checkSigningCertificate(SignerInformation signer, X509Certificate certificate,
                                                List<Message> problems, List<Message> notes) {
        AttributeTable signedAttributes = signer.getSignedAttributes();
        Attribute v2 = signedAttributes == null ? null
                : signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 == null) {
            notes.add(Message.of("signature.noSigningCertificate"));
            return;
        }
        try {
            SigningCertificateV2 sc = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = sc.getCerts()[0];
            String name = new org.bouncycastle.operator.DefaultAlgorithmNameFinder().getAlgorithmName(id.getHashAlgorithm());
            byte[] hash = MessageDigest.getInstance(name, TimestampCheck.BC).digest(certificate.getEncoded());
            if (!MessageDigest.isEqual(hash, id.getCertHash())) {
                problems.add(Message.of("signature.certificateSwapped"));
            }
        } catch (Exception e) {
            problems.add(Message.of("signature.certificateSwapped"));
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable signedAttributes = signer.getSignedAttributes();
        if (signedAttributes == null) {
            return Optional.empty();
        }
        Attribute a = signedAttributes.get(CMSAttributes.signingTime);
        if (a == null) {
            return Optional.empty();
        }
        ASN1Encodable value = a.getAttrValues().getObjectAt(0);
        try {
            return Optional.of(Time.getInstance(value).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String algorithm(String oid) {
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.getId().equals(oid)) {
            return "RSASSA-PSS";
        }
        if (PKCSObjectIdentifiers.rsaEncryption.getId().equals(oid) || oid.startsWith("1.2.840.113549.1.1.")) {
            return "RSA PKCS#1 v1.5";
        }
        if (oid.startsWith(X9ObjectIdentifiers.id_ecSigType.getId()) || oid.startsWith("1.2.840.10045.")) {
            return "ECDSA";
        }
        return oid;
    }

    public static String certificateSha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(Sha256.digester().digest(certificate.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            return "";
        }
    }

    private static SignatureReport broken(Context context, List<Message> problems, List<Message> notes) {
        return new SignatureReport(context.id(), context.kind(), Optional.empty(), Optional.empty(), "?",
                context.claimedTime(), Optional.empty(), false, SignatureReport.Trust.UNKNOWN, context.coversWholeFile(),
                context.level(), problems, notes);
    }
}
