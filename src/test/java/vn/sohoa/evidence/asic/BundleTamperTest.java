package vn.sohoa.evidence.asic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Passwords;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.i18n.Message;

/** Every way of changing a bundle is caught with its reason; the untouched bundle never alarms. */
class BundleTamperTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    static Path shared;

    static Path original;
    static Map<String, byte[]> entries;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeBundle() throws IOException {
        original = BundleFixture.bundle(shared);
        entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(original.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
    }

    ValidationReport verify(Path file) {
        return Verifier.verify(file, F.trust());
    }

    static List<String> keys(ValidationReport r) {
        List<String> out = new ArrayList<>();
        r.problems().forEach(m -> out.add(m.key()));
        r.entries().forEach(e -> e.problem().ifPresent(m -> out.add(m.key())));
        r.signatures().forEach(s -> s.problems().forEach(m -> out.add(m.key())));
        r.documents().forEach(d -> out.addAll(keys(d)));
        r.custody().flatMap(c -> c.problem()).map(Message::key).ifPresent(out::add);
        return out;
    }

    @Test
    void everyFlippedByteIsCaught() throws IOException {
        assertThat(verify(original).status()).isEqualTo(Status.VALID);
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(4);
        Path tampered = dir.resolve("tampered.asice");
        for (int i = 0; i < 220; i++) {
            int offset = random.nextInt(bytes.length);
            byte[] copy = bytes.clone();
            copy[offset] ^= (byte) (1 + random.nextInt(255));
            Files.write(tampered, copy);
            ValidationReport r = verify(tampered);
            assertThat(r.status().acceptable()).as("flip at %d of %d: %s", offset, bytes.length, r).isFalse();
        }
        Files.write(tampered, bytes);
        assertThat(verify(tampered).status()).isEqualTo(Status.VALID);
    }

    /** Zip metadata is covered by no digest, so every byte of the end record and of a directory entry is checked. */
    @Test
    void everyByteOfTheZipDirectoryIsCaught() throws IOException {
        byte[] bytes = Files.readAllBytes(original);
        int end = bytes.length - ZipFormat.END_SIZE;
        int central = java.nio.ByteBuffer.wrap(bytes, end + 16, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        Path tampered = dir.resolve("directory.asice");
        java.util.stream.IntStream offsets = java.util.stream.IntStream.concat(
                java.util.stream.IntStream.range(central, central + ZipFormat.CENTRAL_SIZE + 8),
                java.util.stream.IntStream.range(end, bytes.length));
        for (int offset : offsets.toArray()) {
            byte[] copy = bytes.clone();
            copy[offset] ^= 0x01;
            Files.write(tampered, copy);
            ValidationReport r = verify(tampered);
            assertThat(r.status().acceptable()).as("flip at %d of %d: %s", offset, bytes.length, r).isFalse();
        }
    }

    /** Rewrites the bundle's entries in SoHoa's own layout, so only the change under test differs. */
    Path rewrite(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> changed = change.apply(new LinkedHashMap<>(entries));
        Path out = dir.resolve("changed-" + System.nanoTime() + ".asice");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipWriter zip = new ZipWriter(bytes, Instant.now());
        for (Map.Entry<String, byte[]> e : changed.entrySet()) {
            zip.add(e.getKey(), e.getValue());
        }
        zip.finish();
        Files.write(out, bytes.toByteArray());
        return out;
    }

    @Test
    void deletedAddedRenamedAndReorderedEntriesAreCaught() throws IOException {
        assertThat(keys(verify(rewrite(m -> { m.remove("masters/02-khac/page-001.png"); return m; }))))
                .contains("bundle.missingEntry");
        assertThat(keys(verify(rewrite(m -> { m.put("documents/extra.pdf", entries.get("documents/01-ban-an.pdf")); return m; }))))
                .contains("bundle.notInManifest");
        assertThat(keys(verify(rewrite(m -> {
            Map<String, byte[]> r = new LinkedHashMap<>();
            m.forEach((k, v) -> r.put(k.replace("01-ban-an", "01-ban-an-moi"), v));
            return r;
        })))).contains("bundle.notInManifest", "bundle.missingEntry");
        assertThat(keys(verify(rewrite(m -> {
            Map<String, byte[]> r = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(m.keySet());
            java.util.Collections.swap(names, 1, 2);
            names.forEach(n -> r.put(n, m.get(n)));
            return r;
        })))).containsExactly("bundle.order");
        assertThat(keys(verify(rewrite(m -> { m.remove("mimetype"); return m; })))).contains("bundle.mimetype");
        assertThat(keys(verify(rewrite(m -> { m.put("META-INF/signature002.p7s", m.get(AsicWriter.SIGNATURE)); return m; }))))
                .contains("bundle.unexpected");
    }

    /** Custody lines changed by someone who can sign: the manifest is redone and re-signed, the chain still tells. */
    Path resigned(UnaryOperator<List<String>> change) throws IOException {
        List<String> lines = new ArrayList<>(List.of(new String(entries.get(CaseBundle.CUSTODY), StandardCharsets.UTF_8).split("\n")));
        List<String> changed = change.apply(lines);
        List<BundleEntry> data = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (!name.equals("mimetype") && !name.startsWith("META-INF/")) {
                byte[] content = name.equals(CaseBundle.CUSTODY)
                        ? (String.join("\n", changed) + "\n").getBytes(StandardCharsets.UTF_8) : bytes;
                data.add(BundleEntry.of(name, "application/octet-stream", content));
            }
        });
        Path out = dir.resolve("resigned-" + System.nanoTime() + ".asice");
        AsicWriter.write(out, data, F.clerk, Optional.empty());
        return out;
    }

    @Test
    void editedDroppedAndReorderedCustodyEventsAreCaughtEvenWhenResigned() throws IOException {
        ValidationReport edited = verify(resigned(l -> { l.set(2, l.get(2).replace("\"actor\":\"", "\"actor\":\"x")); return l; }));
        assertThat(edited.status()).isEqualTo(Status.INVALID);
        assertThat(edited.custody().orElseThrow().problem().orElseThrow().key()).isEqualTo("custody.edited");

        ValidationReport dropped = verify(resigned(l -> { l.remove(3); return l; }));
        assertThat(dropped.custody().orElseThrow().problem().orElseThrow().key()).isEqualTo("custody.missing");

        ValidationReport reordered = verify(resigned(l -> { java.util.Collections.swap(l, 1, 2); return l; }));
        assertThat(reordered.custody().orElseThrow().problem().orElseThrow().key()).isEqualTo("custody.missing");

        ValidationReport truncated = verify(resigned(l -> { l.removeLast(); return l; }));
        assertThat(truncated.custody().orElseThrow().problem().orElseThrow().key()).isEqualTo("custody.truncated");

        assertThat(verify(resigned(l -> l)).status()).isEqualTo(Status.PENDING_TIMESTAMP);
    }

    @Test
    void aDocumentValidlySignedByAnUntrustedKeyIsCaught() throws IOException {
        DemoPki.Layout other = DemoPki.create(dir.resolve("other"), DemoPki.DEFAULT_REVOCATION_BASE);
        var stranger = KeyLoader.load(new KeySpec.P12(other.p12(DemoPki.CLERK)), Passwords.readFile(other.passwordFile(DemoPki.CLERK)));
        Path foreign = dir.resolve("foreign.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), foreign, stranger, Optional.empty(), PadesSigner.Details.none());
        byte[] pdf = Files.readAllBytes(foreign);
        List<BundleEntry> data = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (!name.equals("mimetype") && !name.startsWith("META-INF/") && !name.equals(CaseBundle.METADATA)) {
                data.add(BundleEntry.of(name, "application/octet-stream", name.endsWith(".pdf") ? pdf : bytes));
            }
        });
        data.add(BundleEntry.of(CaseBundle.METADATA, "application/json", new String(entries.get(CaseBundle.METADATA),
                StandardCharsets.UTF_8).replaceAll("\"signed_pdf_sha256\" : \"[0-9a-f]{64}\"",
                "\"signed_pdf_sha256\" : \"" + vn.sohoa.casefile.Sha256.hash(pdf).hex() + "\"").getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("swapped.asice");
        AsicWriter.write(out, data, F.clerk, Optional.empty());
        ValidationReport r = verify(out);
        assertThat(r.status()).isEqualTo(Status.UNTRUSTED);
        assertThat(r.documents().getFirst().status()).isEqualTo(Status.UNTRUSTED);
        assertThat(keys(r)).contains("trust.noPath");
    }

    @Test
    void unsafeContainersAreRefusedWithTheirReason() throws IOException {
        assertThat(keys(verify(rewrite(m -> { m.put("../../etc/cron.d/evil", new byte[] {1}); return m; }))))
                .containsExactly("bundle.unsafeName");
        assertThat(keys(verify(rewrite(m -> { m.put("/etc/passwd", new byte[] {1}); return m; })))).containsExactly("bundle.unsafeName");
        assertThat(keys(verify(rewrite(m -> { m.put("C:\\Windows\\evil.dll", new byte[] {1}); return m; }))))
                .containsExactly("bundle.unsafeName");

        ByteArrayOutputStream dup = new ByteArrayOutputStream();
        ZipWriter zip = new ZipWriter(dup, Instant.now());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            zip.add(e.getKey(), e.getValue());
        }
        zip.add("metadata.json", "{}".getBytes(StandardCharsets.UTF_8));
        zip.finish();
        Path duplicate = Files.write(dir.resolve("dup.asice"), dup.toByteArray());
        assertThat(keys(verify(duplicate))).containsExactly("bundle.duplicate");

        Path link = rewrite(m -> { m.put("link", "/etc/shadow".getBytes(StandardCharsets.UTF_8)); return m; });
        byte[] bytes = Files.readAllBytes(link);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int central = b.getInt(bytes.length - 22 + 16);
        for (int p = central; p < bytes.length - 22; p += 46 + (b.getShort(p + 28) & 0xffff)) {
            String name = new String(bytes, p + 46, b.getShort(p + 28) & 0xffff, StandardCharsets.UTF_8);
            if (name.equals("link")) {
                b.putShort(p + 4, (short) 0x0314);
                b.putInt(p + 38, 0120777 << 16);
            }
        }
        Files.write(link, bytes);
        assertThat(keys(verify(link))).containsExactly("bundle.symlink");

        Path bomb = dir.resolve("bomb.asice");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write(AsicWriter.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
        }
        assertThat(keys(verify(bomb))).containsExactly("bundle.bomb");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().equals("etc")).count()).isZero();
    }
}
