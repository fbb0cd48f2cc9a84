package vn.sohoa.sync;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import vn.sohoa.i18n.SohoaException;

/**
 * Where and how to reach the central repository: any S3-compatible store. Read from
 * {@code sync.properties} in the SoHoa home; the credentials come from that file or from the
 * environment ({@code SOHOA_S3_ACCESS_KEY}, {@code SOHOA_S3_SECRET_KEY}), the environment winning.
 * An endpoint off the loopback must use TLS: case files are personal data that Nghị định
 * 356/2025/NĐ-CP (Điều 7) requires to be encrypted in transfer.
 */
public record RepositorySettings(URI endpoint, String region, String bucket, Credentials credentials, boolean pathStyle,
                                 Optional<Path> extraCa, Optional<String> court, int retentionDays,
                                 Optional<Long> bytesPerSecond, Optional<TimeWindow> window, long partSize,
                                 int uploads) {

    public static final String FILE = "sync.properties";
    /** Objects of this size or more go multipart (issue 7: 16 MB). */
    public static final long MULTIPART_THRESHOLD = 16L * 1024 * 1024;
    /**
     * Requests sent at once (whole objects and parts together): one at a time left the link idle
     * while each request's checksum and HEAD went back and forth.
     */
    public static final int DEFAULT_UPLOADS = 6;
    /** More than this gains nothing on a district link and only holds more connections open. */
    public static final int MAX_UPLOADS = 32;

    public RepositorySettings {
        if (!isLoopback(endpoint) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw SohoaException.badInput("sync.insecureEndpoint", endpoint.toString());
        }
        if (partSize < 5L * 1024 * 1024) {
            throw SohoaException.badInput("sync.badSetting", "part-size", String.valueOf(partSize));
        }
        if (uploads < 1 || uploads > MAX_UPLOADS) {
            throw SohoaException.badInput("sync.badSetting", "parallel-uploads", String.valueOf(uploads));
        }
    }

    /** The settings as they were before parallel uploads: {@link #DEFAULT_UPLOADS} at a time. */
    public RepositorySettings(URI endpoint, String region, String bucket, Credentials credentials, boolean pathStyle,
                              Optional<Path> extraCa, Optional<String> court, int retentionDays,
                              Optional<Long> bytesPerSecond, Optional<TimeWindow> window, long partSize) {
        this(endpoint, region, bucket, credentials, pathStyle, extraCa, court, retentionDays, bytesPerSecond, window,
                partSize, DEFAULT_UPLOADS);
    }

    /** A repository with the defaults: path-style, no extra CA, no retention, no cap, no window, 16 MB parts. */
    public static RepositorySettings of(URI endpoint, String bucket, Credentials credentials) {
        return new RepositorySettings(endpoint, "us-east-1", bucket, credentials, true, Optional.empty(), Optional.empty(),
                0, Optional.empty(), Optional.empty(), MULTIPART_THRESHOLD);
    }

    public RepositorySettings withCourt(String court) {
        return new RepositorySettings(endpoint, region, bucket, credentials, pathStyle, extraCa, Optional.of(court),
                retentionDays, bytesPerSecond, window, partSize, uploads);
    }

    public RepositorySettings withRetentionDays(int days) {
        return new RepositorySettings(endpoint, region, bucket, credentials, pathStyle, extraCa, court, days,
                bytesPerSecond, window, partSize, uploads);
    }

    public RepositorySettings withPartSize(long bytes) {
        return new RepositorySettings(endpoint, region, bucket, credentials, pathStyle, extraCa, court, retentionDays,
                bytesPerSecond, window, bytes, uploads);
    }

    public RepositorySettings withUploads(int n) {
        return new RepositorySettings(endpoint, region, bucket, credentials, pathStyle, extraCa, court, retentionDays,
                bytesPerSecond, window, partSize, n);
    }

    public RepositorySettings withExtraCa(Path caFile) {
        return new RepositorySettings(endpoint, region, bucket, credentials, pathStyle, Optional.of(caFile), court,
                retentionDays, bytesPerSecond, window, partSize, uploads);
    }

    /** Reads {@code sync.properties}; empty when the home has none (sync is not set up). */
    public static Optional<RepositorySettings> load(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw SohoaException.badInput("sync.unreadableSettings", file.toString());
        }
        return Optional.of(from(p, env, file));
    }

    static RepositorySettings from(Properties p, Map<String, String> env, Path file) {
        URI endpoint;
        try {
            endpoint = new URI(required(p, "endpoint", file));
        } catch (URISyntaxException e) {
            throw SohoaException.badInput("sync.badSetting", "endpoint", p.getProperty("endpoint"));
        }
        if (endpoint.getHost() == null) {
            throw SohoaException.badInput("sync.badSetting", "endpoint", endpoint.toString());
        }
        String accessKey = Optional.ofNullable(env.get("SOHOA_S3_ACCESS_KEY")).orElse(p.getProperty("access-key"));
        String secretKey = Optional.ofNullable(env.get("SOHOA_S3_SECRET_KEY")).orElse(p.getProperty("secret-key"));
        if (accessKey == null || secretKey == null) {
            throw SohoaException.badInput("sync.noCredentials", file.toString());
        }
        return new RepositorySettings(endpoint, p.getProperty("region", "us-east-1").strip(), required(p, "bucket", file),
                new Credentials(accessKey.strip(), secretKey.strip()),
                Boolean.parseBoolean(p.getProperty("path-style", "true").strip()),
                Optional.ofNullable(p.getProperty("ca")).map(String::strip).map(Path::of),
                Optional.ofNullable(p.getProperty("court")).map(String::strip).filter(s -> !s.isEmpty()),
                number(p, "retention-days", 0),
                Optional.ofNullable(p.getProperty("bandwidth")).map(v -> bytes("bandwidth", v)),
                Optional.ofNullable(p.getProperty("window")).map(TimeWindow::parse),
                Optional.ofNullable(p.getProperty("part-size")).map(v -> bytes("part-size", v)).orElse(MULTIPART_THRESHOLD),
                number(p, "parallel-uploads", DEFAULT_UPLOADS));
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw SohoaException.badInput("sync.missingSetting", key, file.toString());
        }
        return v.strip();
    }

    private static int number(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw SohoaException.badInput("sync.badSetting", key, v);
        }
    }

    /** A size such as {@code 2M} or {@code 512k} (bytes; k, M, G are powers of 1024). */
    static long bytes(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
            unit = switch (v.charAt(v.length() - 1)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v) * unit;
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw SohoaException.badInput("sync.badSetting", key, value);
        }
    }

    static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;   // a name could resolve anywhere: only literal loopback addresses count
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "RepositorySettings[" + endpoint + ", bucket " + bucket + ", region " + region + ", credentials redacted]";
    }
}
