package vn.sohoa.sync;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private LocalS3(Path dir) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dir.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
    }

    static LocalS3 start(Path dir) throws Exception {
        LocalS3 s3 = new LocalS3(dir);
        try (S3Repository r = new S3Repository(s3.settings())) {
            r.ensureBucket();
        }
        return s3;
    }

    int port() {
        return proxy.getPort();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
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
