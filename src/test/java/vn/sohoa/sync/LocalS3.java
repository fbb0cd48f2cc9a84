package vn.sohoa.sync;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/** The sync tests' central repository: a real s3proxy (filesystem backend) on a free 127.0.0.1 port. */
final class LocalS3 implements AutoCloseable {

    static final String ACCESS_KEY = "sohoa-test";
    static final String SECRET_KEY = "sohoa-test-secret";
    static final String BUCKET = "sohoa";

    private final S3Proxy proxy;
    final Path dir;

    private final boolean secure;

    private LocalS3(Path dir, int port, Optional<Path> keyStore) throws Exception {
        this.dir = dir;
        this.secure = keyStore.isPresent();
        Files.createDirectories(dir);
        S3Proxy.Builder b = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dir.toString()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY);
        if (keyStore.isPresent()) {
            b.secureEndpoint(URI.create("https://127.0.0.1:" + port)).keyStore(keyStore.get().toString(), KEYSTORE_PASSWORD);
        } else {
            b.endpoint(URI.create("http://127.0.0.1:" + port));
        }
        proxy = b.build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
    }

    static LocalS3 start(Path dir) throws Exception {
        return startOn(dir, 0);
    }

    /** On a given port: a repository that comes up where a syncer already looks for it. */
    static LocalS3 startOn(Path dir, int port) throws Exception {
        LocalS3 s3 = new LocalS3(dir, port, Optional.empty());
        try (S3Repository r = new S3Repository(s3.settings())) {
            r.ensureBucket();
        }
        return s3;
    }

    /** Its TLS endpoint only, with the server key and certificate of a PKCS#12 key store ({@link #KEYSTORE_PASSWORD}). */
    static LocalS3 startTls(Path dir, Path keyStore, Path caCertificate) throws Exception {
        LocalS3 s3 = new LocalS3(dir, 0, Optional.of(keyStore));
        try (S3Repository r = new S3Repository(s3.settings().withExtraCa(caCertificate))) {
            r.ensureBucket();
        }
        return s3;
    }

    static final String KEYSTORE_PASSWORD = "sohoa-tls";

    int port() {
        return secure ? proxy.getSecurePort() : proxy.getPort();
    }

    URI endpoint() {
        return URI.create((secure ? "https" : "http") + "://127.0.0.1:" + port());
    }

    RepositorySettings settings() {
        return RepositorySettings.of(endpoint(), BUCKET, new Credentials(ACCESS_KEY, SECRET_KEY));
    }

    /** The same store reached through another port (the fault proxy's). */
    RepositorySettings settingsVia(int port) {
        return RepositorySettings.of(URI.create("http://127.0.0.1:" + port), BUCKET, new Credentials(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
