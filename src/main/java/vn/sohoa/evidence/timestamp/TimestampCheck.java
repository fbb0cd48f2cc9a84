package vn.sohoa.evidence.timestamp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;

import vn.sohoa.evidence.trust.ChainCheck;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.Message;

/** Checks an RFC 3161 token offline: its imprint, its signature, and its TSA's chain to a trust anchor. */
public final class TimestampCheck {

    public static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** The time a token proves, when it is sound and trusted, and what is wrong with it otherwise. */
    public record Result(Optional<Instant> time, boolean intact, boolean trusted, Optional<String> authority,
                         List<Message> problems) {
    }

    private TimestampCheck() {
    }

    /** {@code digestOfData} is computed by the caller with {@link #digester(TimeStampToken)} over the stamped data. */
    public static Result check(TimeStampToken token, byte[] digestOfData, TrustAnchors anchors) {
        List<Message> problems = new ArrayList<>();
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        boolean intact = MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), digestOfData);
        if (!intact) {
            problems.add(Message.of("timestamp.imprint"));
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            problems.add(Message.of("timestamp.noCertificate"));
            return new Result(Optional.empty(), false, false, Optional.empty(), problems);
        }
        X509Certificate tsa;
        List<X509Certificate> pool = new ArrayList<>();
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            tsa = converter.getCertificate(matches.iterator().next());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
            for (X509CertificateHolder h : all) {
                pool.add(converter.getCertificate(h));
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(tsa));
            org.bouncycastle.cms.CMSSignedData cms = token.toCMSSignedData();
            vn.sohoa.evidence.cades.CmsStructure.check(cms, token.getEncoded(),
                    cms.getSignerInfos().getSigners().iterator().next(), pool, anchors.roots()).ifPresent(problems::add);
        } catch (Exception e) {
            problems.add(Message.of("timestamp.signature"));
            return new Result(Optional.empty(), false, false, Optional.empty(), problems);
        }
        Optional<Message> chain = ChainCheck.check(tsa, pool, anchors, time);
        chain.ifPresent(problems::add);
        String authority = ChainCheck.subject(tsa);
        return new Result(intact && problems.isEmpty() ? Optional.of(time) : Optional.empty(), intact, chain.isEmpty(),
                Optional.of(authority), problems);
    }

    /** A fresh digest of the token's own imprint algorithm. */
    public static MessageDigest digester(TimeStampToken token) throws NoSuchAlgorithmException {
        String name = new DefaultAlgorithmNameFinder().getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
        return MessageDigest.getInstance(name, BC);
    }
}
