package vn.sohoa.evidence.revocation;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.sohoa.evidence.keys.SigningKey;

/** A fresh CRL, valid for a day, signed by a CA, listing what it has revoked. */
final class CrlMaker {

    private CrlMaker() {
    }

    static byte[] crl(SigningKey issuer, RevokedSerials revoked) throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(now.minusSeconds(60)));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
        revoked.all().forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), 0));
        String algorithm = issuer.isEc() ? "SHA256withECDSA" : "SHA256withRSA";
        return builder.build(new JcaContentSignerBuilder(algorithm).build(issuer.privateKey())).getEncoded();
    }
}
