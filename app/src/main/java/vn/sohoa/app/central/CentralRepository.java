package vn.sohoa.app.central;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import vn.sohoa.sync.Credentials;
import vn.sohoa.sync.RepositorySettings;
import vn.sohoa.sync.S3Repository;

/**
 * {@code sohoa central}: a local S3-compatible central repository (s3proxy, filesystem backend) on
 * 127.0.0.1, for a single court or the demo. Its keys are made once and kept in
 * {@code DIR/.sohoa-central.properties} (owner-only), so workstations set up against it keep working
 * after a restart. Objects live under {@code DIR/data/}.
 */
public final class CentralRepository implements AutoCloseable {

    public static final String BUCKET = "sohoa";
    static final String KEYS_FILE = ".sohoa-central.properties";

    private final S3Proxy proxy;
    private final Credentials credentials;

    private CentralRepository(S3Proxy proxy, Credentials credentials) {
        this.proxy = proxy;
        this.credentials = credentials;
    }

    public static CentralRepository start(Path dir, int port) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Credentials credentials = keys(dir);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(data.toString()))
                .endpoint(URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKey(), credentials.secretKey())
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline || "FAILED".equals(proxy.getState())) {
                proxy.stop();
                throw new IOException("the central repository did not start on port " + port);
            }
            Thread.sleep(10);
        }
        CentralRepository central = new CentralRepository(proxy, credentials);
        try (S3Repository client = new S3Repository(central.settings())) {
            client.ensureBucket();
        }
        return central;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public Credentials credentials() {
        return credentials;
    }

    /** What a workstation on this machine needs to sync to it. */
    public RepositorySettings settings() {
        return RepositorySettings.of(endpoint(), BUCKET, credentials);
    }

    /** The lines of a {@code sync.properties} for this repository. */
    public String syncProperties() {
        return "endpoint=" + endpoint() + "\nbucket=" + BUCKET + "\nregion=us-east-1\npath-style=true\naccess-key="
                + credentials.accessKey() + "\nsecret-key=" + credentials.secretKey() + "\n";
    }

    private static Credentials keys(Path dir) throws IOException {
        Path file = dir.resolve(KEYS_FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        if (p.getProperty("access-key") == null || p.getProperty("secret-key") == null) {
            SecureRandom random = new SecureRandom();
            p.setProperty("access-key", "sohoa-" + hex(random, 6));
            p.setProperty("secret-key", hex(random, 24));
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);   // Windows: the folder's ACL applies
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                p.store(out, "sohoa central: the keys of this local repository");
            }
        }
        return new Credentials(p.getProperty("access-key"), p.getProperty("secret-key"));
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
