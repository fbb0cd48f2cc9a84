package vn.sohoa.evidence.keys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

import vn.sohoa.evidence.files.AtomicFiles;

/**
 * {@code sohoa keys demo}: a throwaway PKI for trials and the demo. A root CA, a court CA under it,
 * and under the court CA a clerk's signing certificate, a timestamping certificate and an OCSP
 * responder certificate; CRL and OCSP addresses point at loopback. Writes {@code keys/} (PKCS#12
 * files, each with its password file) and {@code trust/} (the root, PEM).
 */
public final class DemoPki {

    public static final String ROOT_PEM = "sohoa-demo-root.pem";
    public static final String CLERK = "clerk";
    public static final String TSA = "tsa";
    public static final String COURT_CA = "court-ca";
    public static final String OCSP = "ocsp";
    public static final String ROOT_CA = "root-ca";
    public static final String COURT = "Tòa án nhân dân khu vực 1 – Vĩnh Long";
    /** Where the demo's revocation responder answers unless told otherwise. */
    public static final String DEFAULT_REVOCATION_BASE = "http://127.0.0.1:18734";

    private DemoPki() {
    }

    /** The files the demo PKI wrote. */
    public record Layout(Path keys, Path trust) {
        public Path p12(String name) {
            return keys.resolve(name + ".p12");
        }

        public Path passwordFile(String name) {
            return keys.resolve(name + ".password");
        }

        public Path rootPem() {
            return trust.resolve(ROOT_PEM);
        }
    }

    /**
     * Creates the PKI in {@code out}: {@code out/keys} and {@code out/trust}. {@code revocationBase}
     * (for example {@code http://127.0.0.1:18734}) prefixes the CRL and OCSP addresses.
     */
    public static Layout create(Path out, String revocationBase) throws IOException {
        Layout files = new Layout(out.resolve("keys"), out.resolve("trust"));
        String crlRoot = revocationBase + "/crl/root-ca.crl";
        String crlCourt = revocationBase + "/crl/court-ca.crl";
        String ocsp = revocationBase + "/ocsp";

        KeyPair rootKeys = CertificateIssuer.rsa(3072);
        X509Certificate root = CertificateIssuer.issue(name("SoHoa Demo Root CA", "SoHoa (thử nghiệm)"), rootKeys.getPublic(),
                CertificateIssuer.Role.ROOT_CA, Duration.ofDays(3650), Optional.empty(), rootKeys.getPrivate(),
                Optional.empty(), Optional.empty());
        KeyPair courtKeys = CertificateIssuer.rsa(3072);
        X509Certificate court = CertificateIssuer.issue(name("SoHoa Demo Court CA", COURT), courtKeys.getPublic(),
                CertificateIssuer.Role.INTERMEDIATE_CA, Duration.ofDays(1825), Optional.of(root), rootKeys.getPrivate(),
                Optional.of(crlRoot), Optional.empty());
        KeyPair clerkKeys = CertificateIssuer.rsa(2048);
        X509Certificate clerk = CertificateIssuer.issue(name("Nguyễn Thị Thư Ký (thử nghiệm)", COURT), clerkKeys.getPublic(),
                CertificateIssuer.Role.SIGNER, Duration.ofDays(730), Optional.of(court), courtKeys.getPrivate(),
                Optional.of(crlCourt), Optional.of(ocsp));
        KeyPair tsaKeys = CertificateIssuer.rsa(2048);
        X509Certificate tsa = CertificateIssuer.issue(name("SoHoa Demo TSA", "SoHoa (thử nghiệm)"), tsaKeys.getPublic(),
                CertificateIssuer.Role.TIMESTAMPING, Duration.ofDays(1825), Optional.of(court), courtKeys.getPrivate(),
                Optional.of(crlCourt), Optional.of(ocsp));
        KeyPair ocspKeys = CertificateIssuer.rsa(2048);
        X509Certificate responder = CertificateIssuer.issue(name("SoHoa Demo OCSP Responder", "SoHoa (thử nghiệm)"),
                ocspKeys.getPublic(), CertificateIssuer.Role.OCSP_RESPONDER, Duration.ofDays(1825), Optional.of(court),
                courtKeys.getPrivate(), Optional.empty(), Optional.empty());

        writeP12(files, CLERK, clerkKeys.getPrivate(), List.of(clerk, court, root));
        writeP12(files, TSA, tsaKeys.getPrivate(), List.of(tsa, court, root));
        writeP12(files, OCSP, ocspKeys.getPrivate(), List.of(responder, court, root));
        writeP12(files, COURT_CA, courtKeys.getPrivate(), List.of(court, root));
        writeP12(files, ROOT_CA, rootKeys.getPrivate(), List.of(root));
        AtomicFiles.write(files.rootPem(), Pem.encode(root).getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    private static void writeP12(Layout files, String name, PrivateKey key, List<X509Certificate> chain) throws IOException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(name, key, password, chain.toArray(X509Certificate[]::new));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            AtomicFiles.writePrivate(files.p12(name), bytes.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write a PKCS#12 file", e);
        }
        AtomicFiles.writePrivate(files.passwordFile(name), (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static X500Name name(String commonName, String organization) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
