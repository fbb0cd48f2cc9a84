package vn.sohoa.sync;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.sohoa.evidence.keys.CertificateIssuer;

/**
 * A certificate authority made for one test, as a court's own CA would be: its certificate as a PEM
 * file (what {@code ca=} in sync.properties names) and a PKCS#12 key store with a TLS server
 * certificate for 127.0.0.1 that it issued (what s3proxy serves).
 */
final class TestTlsAuthority {

    final Path caPem;
    final Path serverKeyStore;

    private TestTlsAuthority(Path caPem, Path serverKeyStore) {
        this.caPem = caPem;
        this.serverKeyStore = serverKeyStore;
    }

    static TestTlsAuthority create(Path dir, String password) throws Exception {
        KeyPair caKeys = CertificateIssuer.rsa(2048);
        X509Certificate ca = CertificateIssuer.issue(new X500Name("CN=SoHoa test court CA"), caKeys.getPublic(),
                CertificateIssuer.Role.ROOT_CA, Duration.ofDays(2), Optional.empty(), caKeys.getPrivate(), Optional.empty(),
                Optional.empty());
        KeyPair serverKeys = CertificateIssuer.rsa(2048);
        Instant now = Instant.now();
        var b = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(1))), new javax.security.auth.x500.X500Principal("CN=127.0.0.1"),
                serverKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
        X509Certificate server = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", serverKeys.getPrivate(), password.toCharArray(), new Certificate[] {server, ca});
        Path keyStore = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(keyStore)) {
            store.store(out, password.toCharArray());
        }
        Path pem = dir.resolve("court-ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        return new TestTlsAuthority(pem, keyStore);
    }
}
