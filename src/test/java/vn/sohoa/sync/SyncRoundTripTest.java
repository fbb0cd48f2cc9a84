package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.cades.CmsCheck;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;

/**
 * A signed batch goes to a real s3proxy and comes back whole: bagit-java validates it, its tag-manifest
 * signature verifies (SoHoa's CMS check and openssl), B-B signatures were augmented first; re-runs
 * upload nothing twice, a different object under a key is a reported conflict and never overwritten.
 */
class SyncRoundTripTest {

    static final EvidenceFixture F = EvidenceFixture.get();
    static LocalS3 s3;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        s3 = LocalS3.start(shared.resolve("central"));
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    static Syncer syncer(Catalog catalog, BlobStore blobs, S3Repository repo, RepositorySettings settings, List<Message> warnings) {
        return new Syncer(catalog, blobs, repo, settings, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50),
                RandomGenerator.getDefault()), Clock.systemUTC(), warnings::add, ProgressListener.NONE, "clerk");
    }

    @Test
    void aSignedBatchArrivesAsAValidSignedBagAndIsNeverSentTwice() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"));
             S3Repository repo = new S3Repository(s3.settings())) {
            CaseFile c = SignedCase.create(catalog, blobs, dir, "15/2026/DS-ST", 2, 2);
            PlanReport plan = new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk, F.tsaOption()).planReady();
            assertThat(plan.planned()).hasSize(1);
            assertThat(plan.augmented()).as("B-B signatures time-stamped before upload").isEqualTo(2);
            String prefix = plan.planned().getFirst();
            assertThat(prefix).startsWith("courts/toa-an-nhan-dan-khu-vuc-1-vinh-long/cases/15-2026-DS-ST/batches/");
            List<OutboxEntry> objects = catalog.outbox().objects(prefix);
            assertThat(objects).extracting(o -> o.objectKey().substring(prefix.length())).containsExactly(
                    "data/documents/01-KHAC.pdf".replace("KHAC", c.number().key().isEmpty() ? "" : typeCode(objects, 0)),
                    "data/documents/02-" + typeCode(objects, 1) + ".pdf",
                    "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "tagmanifest.p7s");

            List<Message> warnings = new ArrayList<>();
            SyncReport first = syncer(catalog, blobs, repo, s3.settings(), warnings).push(5, Cancellation.none());
            assertThat(first.outcome()).isEqualTo(SyncReport.Outcome.DONE);
            assertThat(first.uploaded()).isEqualTo(7);
            assertThat(first.committed()).containsExactly(prefix);
            assertThat(catalog.outbox().batches()).singleElement().satisfies(b -> {
                assertThat(b.state()).isEqualTo(OutboxBatch.State.VERIFIED);
                assertThat(b.verified()).isEqualTo(7);
                assertThat(b.bytesVerified()).isEqualTo(b.bytes()).isPositive();
            });

            // Download the bag back and judge it with outside tools.
            Path bag = dir.resolve("downloaded");
            for (String key : repo.list(prefix)) {
                Path target = bag.resolve(key.substring(prefix.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = repo.get(key)) {
                    Files.copy(in, target);
                }
            }
            Bag read = new BagReader().read(bag);
            try (BagVerifier verifier = new BagVerifier()) {
                verifier.isValid(read, false);
            }
            assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("SoHoa-Case: 15/2026/DS-ST", "SoHoa-Documents: 2",
                    "Source-Organization: " + SignedCase.COURT);
            byte[] tagManifest = Files.readAllBytes(bag.resolve(BagLayout.TAG_MANIFEST));
            byte[] signature = Files.readAllBytes(bag.resolve(BagLayout.SIGNATURE));
            SignatureReport report = CmsCheck.verify(signature, new CMSProcessableByteArray(tagManifest),
                    new CmsCheck.Context("tagmanifest", SignatureReport.Kind.MANIFEST_SIGNATURE, Optional.empty(), true, Optional.empty(),
                            List.of(), List.of()), F.trust());
            assertThat(report.problems()).isEmpty();
            assertThat(report.intact()).isTrue();
            assertThat(openssl(bag.resolve(BagLayout.SIGNATURE), bag.resolve(BagLayout.TAG_MANIFEST))).isZero();
            Files.writeString(bag.resolve(BagLayout.TAG_MANIFEST), "tampered\n", java.nio.file.StandardOpenOption.APPEND);
            assertThat(openssl(bag.resolve(BagLayout.SIGNATURE), bag.resolve(BagLayout.TAG_MANIFEST))).isNotZero();
            for (Path pdf : List.of(bag.resolve("data/documents").toFile().listFiles()).stream().map(java.io.File::toPath).toList()) {
                assertThat(SignatureLevel.waitsForTimestamp(pdf)).as("%s is B-T or better", pdf).isFalse();
            }

            // Again: nothing new is planned and nothing is sent.
            assertThat(new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk, F.tsaOption())
                    .planReady().planned()).isEmpty();
            SyncReport again = syncer(catalog, blobs, repo, s3.settings(), warnings).push(5, Cancellation.none());
            assertThat(again.uploaded()).isZero();
            assertThat(repo.list(prefix)).hasSize(7);
            assertThat(catalog.verifyCustody().intact()).isTrue();
        }
    }

    /** Exit status of {@code openssl cms -verify} over the detached signature and its content, against the demo root. */
    private static int openssl(Path signature, Path content) throws Exception {
        Process p = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-CAfile", F.pki.rootPem().toString(), "-purpose", "any",
                "-out", content.resolveSibling("openssl-out.txt").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit == 0) {
            assertThat(out).contains("Verification successful");
        }
        return exit;
    }

    private static String typeCode(List<OutboxEntry> objects, int i) {
        String key = objects.get(i).objectKey();
        return key.substring(key.lastIndexOf('-') + 1, key.length() - 4);
    }

    @Test
    void aDifferentObjectUnderAKeyIsAConflictAndTheBatchIsNeverCommitted() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"));
             S3Repository repo = new S3Repository(s3.settings())) {
            SignedCase.create(catalog, blobs, dir, "16/2026/HS-ST", 2, 2);
            String prefix = new SyncPlanner(catalog, blobs, "clerk", Optional.of("TAND KV1"), () -> F.clerk, Optional.empty())
                    .planReady().planned().getFirst();
            List<OutboxEntry> objects = catalog.outbox().objects(prefix);
            // The first document is already there, same bytes (skipped); the second is someone else's.
            OutboxEntry same = objects.get(0);
            repo.put(same.objectKey(), blobs.path(same.blob()), same.sizeBytes(), same.blob(), Optional.empty());
            Path other = Files.writeString(dir.resolve("other.pdf"), "not the same document");
            Sha256 otherSha = Sha256.hash(Files.readAllBytes(other));
            repo.put(objects.get(1).objectKey(), other, Files.size(other), otherSha, Optional.empty());

            SyncReport r = syncer(catalog, blobs, repo, s3.settings(), new ArrayList<>()).push(5, Cancellation.none());
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(r.conflicts()).isEqualTo(1);
            assertThat(r.committed()).isEmpty();
            assertThat(catalog.outbox().batches()).singleElement().satisfies(b -> {
                assertThat(b.state()).isEqualTo(OutboxBatch.State.FAILED);
                assertThat(b.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("conflict"));
            });
            assertThat(repo.head(prefix + BagLayout.SIGNATURE)).as("no commit marker over a conflicted bag").isEmpty();
            assertThat(repo.head(objects.get(1).objectKey()).orElseThrow().metadataSha256()).contains(otherSha.hex());
        }
    }

    @Test
    void aBatchWaitsForItsSignaturesAndForTheTimestampAuthority() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            SignedCase.create(catalog, blobs, dir, "17/2026/DS-ST", 2, 1);
            SignedCase.create(catalog, blobs, dir, "18/2026/DS-ST", 1, 1);
            PlanReport r = new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk,
                    Optional.of(new TsaClient("http://127.0.0.1:1/tsa"))).planReady();
            assertThat(r.planned()).isEmpty();
            assertThat(r.waiting()).extracting(w -> w.reason().key()).containsExactly("sync.waitSigned", "sync.waitTimestamp");
            assertThat(catalog.outbox().batches()).isEmpty();
        }
    }

    @Test
    void offlineOutsideTheWindowAndWithoutObjectLockNothingIsLost() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            SignedCase.create(catalog, blobs, dir, "19/2026/DS-ST", 1, 1);
            new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk, Optional.empty()).planReady();
            RepositorySettings offline = s3.settingsVia(1);
            try (S3Repository repo = new S3Repository(offline)) {
                assertThat(syncer(catalog, blobs, repo, offline, new ArrayList<>()).push(3, Cancellation.none()).outcome())
                        .isEqualTo(SyncReport.Outcome.OFFLINE);
            }
            RepositorySettings base = s3.settings().withRetentionDays(7);
            LocalTime now = LocalTime.now(ZoneOffset.UTC);
            RepositorySettings closed = new RepositorySettings(base.endpoint(), base.region(), base.bucket(), base.credentials(),
                    true, Optional.empty(), Optional.empty(), 7, Optional.empty(),
                    Optional.of(new TimeWindow(now.plusHours(2), now.plusHours(3))), base.partSize());
            List<Message> warnings = new ArrayList<>();
            try (S3Repository repo = new S3Repository(base)) {
                assertThat(syncer(catalog, blobs, repo, closed, warnings).push(3, Cancellation.none()).outcome())
                        .isEqualTo(SyncReport.Outcome.OUTSIDE_WINDOW);
                assertThat(catalog.outbox().batches().getFirst().state()).isEqualTo(OutboxBatch.State.QUEUED);
                Syncer syncer = syncer(catalog, blobs, repo, base, warnings);
                assertThat(syncer.push(3, Cancellation.none()).outcome()).isEqualTo(SyncReport.Outcome.DONE);
                syncer.push(3, Cancellation.none());
            }
            assertThat(warnings).extracting(Message::key).as("warned once").containsExactly("sync.lockUnsupported");
            assertThat(catalog.outbox().batches().getFirst().state()).isEqualTo(OutboxBatch.State.VERIFIED);
        }
    }

    @Test
    void theBandwidthCapHoldsUploadsBack() throws Exception {
        Path file = Files.write(dir.resolve("capped.bin"), new byte[1_536 * 1024]);
        Sha256 sha = Sha256.hash(Files.readAllBytes(file));
        RepositorySettings base = s3.settings();
        RepositorySettings capped = new RepositorySettings(base.endpoint(), base.region(), base.bucket(), base.credentials(),
                true, Optional.empty(), Optional.empty(), 0, Optional.of(512L * 1024), Optional.empty(), base.partSize());
        try (S3Repository repo = new S3Repository(capped)) {
            long start = System.nanoTime();
            repo.put("capped/one.bin", file, Files.size(file), sha, Optional.empty());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(2_500));
        }
    }

    @Test
    void anEndpointOffThisMachineMustUseTls() {
        Credentials k = new Credentials("a", "b");
        assertThatThrownBy(() -> RepositorySettings.of(URI.create("http://10.1.2.3:9000"), "b", k))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.BAD_INPUT);
                    assertThat(e.userMessage().key()).isEqualTo("sync.insecureEndpoint");
                });
        assertThatThrownBy(() -> RepositorySettings.of(URI.create("http://s3.example.vn"), "b", k)).isInstanceOf(SohoaException.class);
        assertThat(RepositorySettings.of(URI.create("https://s3.example.vn"), "b", k).endpoint().getScheme()).isEqualTo("https");
        assertThat(RepositorySettings.of(URI.create("http://127.0.0.1:9000"), "b", k)).isNotNull();
        assertThat(RepositorySettings.of(URI.create("http://[::1]:9000"), "b", k)).isNotNull();
        Credentials secret = new Credentials("AKIA-ACCESS", "very-secret-key");
        assertThat(RepositorySettings.of(URI.create("http://localhost:9000"), "b", secret).toString())
                .doesNotContain("AKIA-ACCESS", "very-secret-key");
        assertThat(secret.toString()).doesNotContain("AKIA-ACCESS", "very-secret-key").contains("redacted");
    }

    @Test
    void theSettingsFileAndTheEnvironmentGiveTheRepository() throws Exception {
        Path file = Files.writeString(dir.resolve("sync.properties"), """
                endpoint=https://kho.toaan.example.vn
                bucket=ho-so
                court=tand-kv1-vinh-long
                retention-days=3650
                bandwidth=2M
                window=18:00-07:00
                part-size=32M
                """, StandardCharsets.UTF_8);
        RepositorySettings s = RepositorySettings.load(file, java.util.Map.of("SOHOA_S3_ACCESS_KEY", "ak",
                "SOHOA_S3_SECRET_KEY", "sk-secret")).orElseThrow();
        assertThat(s.bucket()).isEqualTo("ho-so");
        assertThat(s.bytesPerSecond()).contains(2L * 1024 * 1024);
        assertThat(s.partSize()).isEqualTo(32L * 1024 * 1024);
        assertThat(s.window().orElseThrow().contains(LocalTime.of(23, 0))).isTrue();
        assertThat(s.window().orElseThrow().contains(LocalTime.of(6, 59))).isTrue();
        assertThat(s.window().orElseThrow().contains(LocalTime.of(12, 0))).isFalse();
        assertThat(s.toString()).doesNotContain("sk-secret");
        assertThatThrownBy(() -> RepositorySettings.load(file, java.util.Map.of())).isInstanceOfSatisfying(SohoaException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("sync.noCredentials"));
        assertThat(RepositorySettings.load(dir.resolve("none.properties"), java.util.Map.of())).isEmpty();
        assertThat(Instant.now()).isNotNull();
    }
}
