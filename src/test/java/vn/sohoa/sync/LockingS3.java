package vn.sohoa.sync;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server that implements Object Lock, which s3proxy does not (it answers 501): Adobe
 * S3Mock (its self-contained jar from Maven Central, a test dependency) in a JVM of its own, plain
 * HTTP on a free 127.0.0.1 port, objects in a folder of the test.
 */
final class LockingS3 implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;

    private LockingS3(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static LockingS3 start(Path dir) throws Exception {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.matches(".*s3mock-[0-9.]+-exec\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the S3Mock jar is not on the test class path"));
        int http = freePort();
        int https = freePort();
        Path root = Files.createDirectories(dir.resolve("root"));
        Path log = dir.resolve("s3mock.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx384m", "-jar", jar, "--server.address=127.0.0.1",
                "--server.port=" + https, "--com.adobe.testing.s3mock.httpPort=" + http,
                "--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LockingS3 s3 = new LockingS3(p, http, log);
        try (S3Client client = s3.client()) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                try {
                    client.listBuckets();
                    return s3;
                } catch (RuntimeException notYet) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        s3.close();
                        throw new IllegalStateException("S3Mock did not start; see " + log, notYet);
                    }
                    Thread.sleep(250);
                }
            }
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client of its own, to set the bucket up and read back what SoHoa wrote. */
    S3Client client() {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY,
                        LocalS3.SECRET_KEY)))
                .build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
