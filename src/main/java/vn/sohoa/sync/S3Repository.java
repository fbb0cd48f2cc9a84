package vn.sohoa.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.OutboxPart;

/**
 * The central repository through the AWS SDK for Java v2: custom endpoint, path-style, region,
 * TLS with an optional extra CA. Every PUT carries a precomputed {@code x-amz-checksum-sha256}
 * header (never a streaming trailer: some stores, s3proxy among them, then keep no checksum) and the
 * SDK retries nothing itself: the {@link Syncer} decides, with its backoff.
 */
public final class S3Repository implements AutoCloseable {

    /** The user metadata key that carries the whole object's SHA-256 in hex, also for multipart objects. */
    public static final String SHA256_METADATA = "sha256";

    /** Whether the bucket keeps objects under S3 Object Lock. */
    public enum LockSupport { ENABLED, NOT_ENABLED, NOT_IMPLEMENTED }

    private final S3Client s3;
    private final String bucket;
    private final Optional<Throttle> throttle;

    public S3Repository(RepositorySettings settings, Duration socketTimeout) {
        this.bucket = settings.bucket();
        this.throttle = Throttle.of(settings.bytesPerSecond());
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(socketTimeout).maxConnections(settings.uploads() + 2);
        settings.extraCa().ifPresent(ca -> http.tlsTrustManagersProvider(() -> trustManagers(ca)));
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        settings.credentials().accessKey(), settings.credentials().secretKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClientBuilder(http)
                // Plain bodies with a Content-Length: aws-chunked framing cost a third of the throughput against s3proxy.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .build();
    }

    public S3Repository(RepositorySettings settings) {
        this(settings, Duration.ofSeconds(60));
    }

    /** What the probe found: the repository answers, does not, or answers over TLS that SoHoa does not trust. */
    public enum Reach { REACHABLE, OFFLINE, UNTRUSTED }

    /** The probe's finding, with the cause when it is not {@link Reach#REACHABLE}. */
    public record Probe(Reach reach, String detail) {
    }

    /** The cheap probe: does the repository answer for the bucket. */
    public boolean reachable() {
        return probe().reach() == Reach.REACHABLE;
    }

    /** The cheap probe, telling a TLS handshake SoHoa refused (an unknown CA, a wrong name) from a repository that is down. */
    public Probe probe() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return new Probe(Reach.REACHABLE, "");
        } catch (SdkException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof javax.net.ssl.SSLException) {
                    Throwable root = c;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    return new Probe(Reach.UNTRUSTED, String.valueOf(root.getMessage()));
                }
            }
            return new Probe(Reach.OFFLINE, String.valueOf(e.getMessage()));
        }
    }

    /** Creates the bucket if it is not there (for a local repository and tests). */
    public void ensureBucket() {
        call("create bucket " + bucket, () -> {
            if (!reachable()) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            return null;
        });
    }

    public LockSupport objectLock() {
        try {
            var configuration = s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
            return configuration != null && configuration.objectLockEnabled() == ObjectLockEnabled.ENABLED
                    ? LockSupport.ENABLED : LockSupport.NOT_ENABLED;
        } catch (S3Exception e) {
            if (e.statusCode() == 501) {
                return LockSupport.NOT_IMPLEMENTED;
            }
            if (e.statusCode() == 404 || e.statusCode() == 400) {
                return LockSupport.NOT_ENABLED;
            }
            throw failure("object lock of " + bucket, e);
        } catch (SdkException e) {
            throw failure("object lock of " + bucket, e);
        }
    }

    public Optional<RemoteObject> head(String key) {
        return call("HEAD " + key, () -> {
            try {
                HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED));
                if (r.contentLength() == null || r.eTag() == null
                        || (r.checksumSHA256() == null && r.metadata().get(SHA256_METADATA) == null)) {
                    // A response cut between two header lines parses as a shorter one: never judge an object by it.
                    throw new RepositoryException("HEAD " + key + ": incomplete response", true, 0, null);
                }
                return Optional.of(new RemoteObject(r.contentLength(), Optional.ofNullable(r.checksumSHA256()),
                        Optional.ofNullable(r.metadata().get(SHA256_METADATA))));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** One PUT of a whole file, with its precomputed SHA-256. */
    public void put(String key, Path file, long size, Sha256 sha, Optional<Instant> retainUntil) {
        call("PUT " + key, () -> {
            s3.putObject(b -> {
                b.bucket(bucket).key(key).contentLength(size).checksumSHA256(Checksums.base64(sha))
                        .metadata(Map.of(SHA256_METADATA, sha.hex()));
                retainUntil.ifPresent(t -> b.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(t));
            }, body(file, 0, size));
            return null;
        });
    }

    public String startMultipart(String key, Sha256 sha, Optional<Instant> retainUntil) {
        return call("start multipart " + key, () -> complete("start multipart " + key, s3.createMultipartUpload(b -> {
            b.bucket(bucket).key(key).checksumAlgorithm(ChecksumAlgorithm.SHA256).metadata(Map.of(SHA256_METADATA, sha.hex()));
            retainUntil.ifPresent(t -> b.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(t));
        }).uploadId()));
    }

    /** The COMPLIANCE retention an object is under, if any. */
    public Optional<Instant> complianceRetention(String key) {
        return call("GET retention " + key, () -> {
            try {
                var r = s3.getObjectRetention(b -> b.bucket(bucket).key(key)).retention();
                return r != null && r.mode() == ObjectLockRetentionMode.COMPLIANCE ? Optional.ofNullable(r.retainUntilDate())
                        : Optional.<Instant>empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404 || e.statusCode() == 400) {
                    return Optional.<Instant>empty();
                }
                throw e;
            }
        });
    }

    /** Puts an object under COMPLIANCE retention until {@code until}. */
    public void retain(String key, Instant until) {
        call("PUT retention " + key, () -> s3.putObjectRetention(b -> b.bucket(bucket).key(key)
                .retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(until))));
    }

    /** The parts the repository holds for an upload, by number, with their checksums; empty when the upload is gone. */
    public Optional<Map<Integer, RemotePart>> listParts(String key, String uploadId) {
        return call("list parts " + key, () -> {
            try {
                Map<Integer, RemotePart> parts = new HashMap<>();
                Integer marker = null;
                while (true) {
                    Integer from = marker;
                    ListPartsResponse r = s3.listParts(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumberMarker(from));
                    for (Part p : r.parts()) {
                        if (p.partNumber() == null) {
                            throw new RepositoryException("list parts " + key + ": incomplete response", true, 0, null);
                        }
                        complete("list parts " + key, p.eTag());
                        parts.put(p.partNumber(), new RemotePart(p.checksumSHA256() == null ? "" : p.checksumSHA256(), p.eTag()));
                    }
                    if (!Boolean.TRUE.equals(r.isTruncated())) {
                        return Optional.of(parts);
                    }
                    marker = r.nextPartNumberMarker();
                }
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** Sends one part with its precomputed SHA-256; returns its ETag. */
    public String uploadPart(String key, String uploadId, int partNumber, Path file, long offset, long length, Sha256 sha) {
        return call("PUT part " + partNumber + " of " + key, () -> s3.uploadPart(b -> b.bucket(bucket).key(key)
                .uploadId(uploadId).partNumber(partNumber).contentLength(length).checksumSHA256(Checksums.base64(sha)),
                body(file, offset, length)).eTag()).transform(etag -> complete("PUT part " + partNumber + " of " + key, etag));
    }

    public void complete(String key, String uploadId, List<OutboxPart> parts) {
        List<CompletedPart> completed = new ArrayList<>();
        for (OutboxPart p : parts) {
            completed.add(CompletedPart.builder().partNumber(p.partNumber()).eTag(p.etag())
                    .checksumSHA256(Checksums.base64(p.sha256())).build());
        }
        call("complete " + key, () -> s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(completed))));
    }

    /** Reads an object whole (for checks and tests; SoHoa itself only writes). */
    public InputStream get(String key) {
        return call("GET " + key, () -> s3.getObject(b -> b.bucket(bucket).key(key)));
    }

    /** Every key under a prefix. */
    public List<String> list(String prefix) {
        return call("LIST " + prefix, () -> s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()
                .stream().map(o -> o.key()).toList());
    }

    private RequestBody body(Path file, long offset, long length) {
        return RequestBody.fromContentProvider(() -> {
            try {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ch.position(offset);
                InputStream in = new java.io.BufferedInputStream(
                        new BoundedInputStream(Channels.newInputStream(ch), length), 1 << 16);
                return throttle.map(t -> t.wrap(in)).orElse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, length, "application/octet-stream");
    }

    /** A value a truncated response leaves out (it parses as a shorter, valid one): retry rather than go on without it. */
    private static String complete(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new RepositoryException(what + ": incomplete response", true, 0, null);
        }
        return value;
    }

    private static <T> T call(String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkException e) {
            throw failure(what, e);
        } catch (UncheckedIOException e) {
            throw new RepositoryException(what + ": " + e.getCause().getMessage(), false, 0, e);
        }
    }

    private static RepositoryException failure(String what, SdkException e) {
        int status = e instanceof SdkServiceException s ? s.statusCode() : 0;
        boolean transientFailure = status == 0 || status >= 500 || status == 408 || status == 429
                || (e instanceof SdkServiceException s && s.isThrottlingException());
        String reason = e instanceof S3Exception s3e && s3e.awsErrorDetails() != null
                ? status + " " + s3e.awsErrorDetails().errorCode() : status == 0 ? String.valueOf(e.getMessage()) : "HTTP " + status;
        return new RepositoryException(what + ": " + reason, transientFailure, status, e);
    }

    private static TrustManager[] trustManagers(Path extraCa) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            system.init((KeyStore) null);
            int n = 0;
            for (TrustManager tm : system.getTrustManagers()) {
                if (tm instanceof javax.net.ssl.X509TrustManager x) {
                    for (X509Certificate c : x.getAcceptedIssuers()) {
                        store.setCertificateEntry("system-" + n++, c);
                    }
                }
            }
            try (InputStream in = java.nio.file.Files.newInputStream(extraCa)) {
                for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("extra-" + n++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf.getTrustManagers();
        } catch (Exception e) {
            throw new RepositoryException("cannot read the extra CA " + extraCa + ": " + e.getMessage(), false, 0, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
