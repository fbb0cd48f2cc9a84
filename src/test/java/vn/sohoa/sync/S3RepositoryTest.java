package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.OutboxPart;

/** The repository client against a real s3proxy: what it stores and what HEAD says back. */
class S3RepositoryTest {

    static LocalS3 s3;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        s3 = LocalS3.start(dir.resolve("central"));
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void putCarriesItsSha256AndHeadReportsIt() throws Exception {
        byte[] bytes = new byte[100_000];
        new Random(1).nextBytes(bytes);
        Path file = Files.write(dir.resolve("a.bin"), bytes);
        Sha256 sha = Sha256.hash(bytes);
        try (S3Repository r = new S3Repository(s3.settings())) {
            assertThat(r.head("x/a.bin")).isEmpty();
            r.put("x/a.bin", file, bytes.length, sha, Optional.empty());
            RemoteObject head = r.head("x/a.bin").orElseThrow();
            assertThat(head.size()).isEqualTo(bytes.length);
            assertThat(head.metadataSha256()).contains(sha.hex());
            assertThat(head.checksumSha256()).contains(Checksums.base64(sha));
            assertThat(r.objectLock()).as("s3proxy answers 501 to Object Lock").isEqualTo(S3Repository.LockSupport.NOT_IMPLEMENTED);
        }
    }

    @Test
    void multipartKeepsPartChecksums() throws Exception {
        int part = 5 * 1024 * 1024;
        byte[] bytes = new byte[2 * part + 1000];
        new Random(2).nextBytes(bytes);
        Path file = Files.write(dir.resolve("b.bin"), bytes);
        Sha256 sha = Sha256.hash(bytes);
        try (S3Repository r = new S3Repository(s3.settings())) {
            String id = r.startMultipart("x/b.bin", sha, Optional.empty());
            Sha256 p1 = Checksums.ofRange(file, 0, part);
            String e1 = r.uploadPart("x/b.bin", id, 1, file, 0, part, p1);
            Map<Integer, RemotePart> listed = r.listParts("x/b.bin", id).orElseThrow();
            assertThat(listed).containsOnlyKeys(1);
            assertThat(listed.get(1).etag()).isEqualTo(e1);
            Sha256 p2 = Checksums.ofRange(file, part, part);
            Sha256 p3 = Checksums.ofRange(file, 2L * part, 1000);
            String e2 = r.uploadPart("x/b.bin", id, 2, file, part, part, p2);
            String e3 = r.uploadPart("x/b.bin", id, 3, file, 2L * part, 1000, p3);
            r.complete("x/b.bin", id, List.of(new OutboxPart(1, p1, e1), new OutboxPart(2, p2, e2), new OutboxPart(3, p3, e3)));
            RemoteObject head = r.head("x/b.bin").orElseThrow();
            assertThat(head.checksumSha256()).contains(Checksums.composite(List.of(p1, p2, p3)));
            assertThat(head.size()).isEqualTo(bytes.length);
            try (var in = r.get("x/b.bin")) {
                assertThat(Sha256.hash(in.readAllBytes())).isEqualTo(sha);
            }
        }
    }
}
