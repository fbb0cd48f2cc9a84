package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bouncycastle.cms.CMSProcessableByteArray;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.cades.CmsCheck;
import vn.sohoa.evidence.pades.PadesVerifier;
import vn.sohoa.evidence.report.EntryReport;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.Message;

/**
 * Verifies an ASiC-E bundle offline, streaming: the container's layout and names, every entry
 * against the manifest, the manifest's CAdES signature, each PDF's own signatures, the pages
 * against metadata.json, and the custody chain.
 */
public final class AsicVerifier {

    private static final int MAX_SMALL = 1024 * 1024;
    private static final int MAX_TEXT = 128 * 1024 * 1024;

    private AsicVerifier() {
    }

    public static ValidationReport verify(Path file, TrustAnchors anchors) throws IOException {
        String shown = file.getFileName().toString();
        SafeZip.Opened opened;
        try {
            opened = SafeZip.open(file);
        } catch (IOException e) {
            return refused(shown, Message.of("bundle.notZip"));
        }
        if (opened.refusal().isPresent()) {
            return refused(shown, opened.refusal().get());
        }
        try (SafeZip zip = opened.zip().orElseThrow()) {
            return verify(zip, shown, anchors);
        }
    }

    private static ValidationReport refused(String shown, Message why) {
        return new ValidationReport(shown, ValidationReport.Format.ASICE, List.of(), List.of(), List.of(), Optional.empty(),
                List.of(why));
    }

    private static ValidationReport verify(SafeZip zip, String shown, TrustAnchors anchors) throws IOException {
        List<Message> problems = new ArrayList<>();
        List<ZipFormat.Entry> all = zip.entries();
        Map<String, ZipFormat.Entry> byName = new LinkedHashMap<>();
        all.forEach(e -> byName.put(e.name(), e));
        if (all.isEmpty() || !all.getFirst().name().equals("mimetype")
                || !new String(small(zip, all.getFirst(), MAX_SMALL).orElse(new byte[0]), StandardCharsets.US_ASCII)
                .equals(AsicWriter.MIMETYPE)) {
            problems.add(Message.of("bundle.mimetype"));
        }
        Optional<byte[]> manifestBytes = Optional.ofNullable(byName.get(AsicWriter.MANIFEST)).flatMap(e -> small(zip, e, MAX_SMALL));
        Optional<byte[]> signatureBytes = Optional.ofNullable(byName.get(AsicWriter.SIGNATURE)).flatMap(e -> small(zip, e, MAX_SMALL));
        Optional<AsicManifest> manifest = manifestBytes.flatMap(AsicManifest::parse);
        if (manifest.isEmpty() || signatureBytes.isEmpty() || !AsicWriter.SIGNATURE.equals(manifest.get().signatureUri())) {
            problems.add(Message.of("bundle.manifest"));
            return new ValidationReport(shown, ValidationReport.Format.ASICE, List.of(), List.of(), List.of(), Optional.empty(),
                    problems);
        }
        for (ZipFormat.Entry e : all) {
            if (e.name().startsWith("META-INF/") && !e.name().equals(AsicWriter.MANIFEST) && !e.name().equals(AsicWriter.SIGNATURE)) {
                problems.add(Message.of("bundle.unexpected", e.name()));
            }
        }
        SignatureReport signature = CmsCheck.verify(signatureBytes.get(), new CMSProcessableByteArray(manifestBytes.get()),
                new CmsCheck.Context(AsicWriter.SIGNATURE, SignatureReport.Kind.MANIFEST_SIGNATURE, Optional.empty(), true,
                        Optional.empty(), List.of(), List.of()), anchors);

        Map<String, AsicManifest.Reference> references = new HashMap<>();
        List<String> referenceOrder = new ArrayList<>();
        for (AsicManifest.Reference r : manifest.get().references()) {
            if (references.put(r.uri(), r) != null) {
                problems.add(Message.of("bundle.manifest"));
            }
            referenceOrder.add(r.uri());
            if (!byName.containsKey(r.uri())) {
                problems.add(Message.of("bundle.missingEntry", r.uri()));
            }
        }
        List<String> dataOrder = new ArrayList<>();
        List<EntryReport> entries = new ArrayList<>();
        List<ValidationReport> documents = new ArrayList<>();
        Map<String, String> digests = new HashMap<>();
        byte[] metadata = null;
        byte[] custody = null;
        for (ZipFormat.Entry e : all) {
            String name = e.name();
            if (name.equals("mimetype") || name.startsWith("META-INF/")) {
                continue;
            }
            dataOrder.add(name);
            AsicManifest.Reference ref = references.get(name);
            boolean keep = name.equals(CaseBundle.METADATA) || name.equals(CaseBundle.CUSTODY);
            boolean pdf = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
            Path temp = pdf ? Files.createTempFile("sohoa-verify-", ".pdf") : null;
            try {
                MessageDigest digest = Sha256.digester();
                java.io.ByteArrayOutputStream memory = keep && e.size() <= MAX_TEXT ? new java.io.ByteArrayOutputStream() : null;
                try (InputStream in = zip.open(e); OutputStream copy = temp != null ? Files.newOutputStream(temp) : OutputStream.nullOutputStream()) {
                    byte[] buffer = new byte[128 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                        copy.write(buffer, 0, n);
                        if (memory != null) {
                            memory.write(buffer, 0, n);
                        }
                    }
                } catch (IOException damaged) {
                    entries.add(new EntryReport(name, e.size(), Optional.empty(), Optional.of(Message.of("bundle.damagedEntry", name))));
                    continue;
                }
                byte[] sha = digest.digest();
                String hex = HexFormat.of().formatHex(sha);
                digests.put(name, hex);
                Optional<Message> problem = Optional.empty();
                if (ref == null) {
                    problem = Optional.of(Message.of("bundle.notInManifest", name));
                } else if (!MessageDigest.isEqual(ref.sha256(), sha)) {
                    problem = Optional.of(Message.of("bundle.digest", name));
                }
                entries.add(new EntryReport(name, e.size(), Optional.of(hex), problem));
                if (memory != null && name.equals(CaseBundle.METADATA)) {
                    metadata = memory.toByteArray();
                } else if (memory != null) {
                    custody = memory.toByteArray();
                }
                if (temp != null) {
                    documents.add(PadesVerifier.verify(temp, name, anchors));
                }
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        if (!dataOrder.equals(referenceOrder) && problems.stream().noneMatch(m -> m.key().equals("bundle.missingEntry"))) {
            problems.add(Message.of("bundle.order"));
        }
        Optional<ValidationReport.CustodyCheck> custodyCheck = Optional.empty();
        if (metadata == null || custody == null) {
            problems.add(Message.of("bundle.noMetadata"));
        } else {
            custodyCheck = Optional.of(checkMetadata(metadata, custody, digests, problems));
        }
        return new ValidationReport(shown, ValidationReport.Format.ASICE, List.of(signature), entries, documents, custodyCheck,
                problems);
    }

    /** Pages, PDFs and redaction logs named in metadata.json must be the entries' bytes; the custody chain must end at its head. */
    private static ValidationReport.CustodyCheck checkMetadata(byte[] metadata, byte[] custody, Map<String, String> digests,
                                                               List<Message> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(metadata);
            for (JsonNode d : root.get("documents")) {
                if (!d.get("signed_pdf").isNull()
                        && !d.get("signed_pdf_sha256").asText().equals(digests.get(d.get("signed_pdf").asText()))) {
                    problems.add(Message.of("bundle.metadataMismatch", d.get("signed_pdf").asText()));
                }
                JsonNode log = d.get("redaction_log");
                if (log != null && !log.isNull()
                        && !d.path("redaction_log_sha256").asText().equals(digests.get(log.asText()))) {
                    problems.add(Message.of("bundle.metadataMismatch", log.asText()));
                }
                for (JsonNode p : d.get("pages")) {
                    if (!p.get("entry").isNull() && !p.get("sha256").asText().equals(digests.get(p.get("entry").asText()))) {
                        problems.add(Message.of("bundle.metadataMismatch", p.get("entry").asText()));
                    }
                }
            }
            JsonNode head = root.get("custody");
            return CustodyLines.verify(custody, head.get("head_sequence").asLong(), head.get("head_sha256").asText());
        } catch (Exception e) {
            problems.add(Message.of("bundle.noMetadata"));
            return new ValidationReport.CustodyCheck(false, 0, Optional.of(Message.of("custody.unreadable")));
        }
    }

    private static Optional<byte[]> small(SafeZip zip, ZipFormat.Entry e, int limit) {
        if (e.size() > limit) {
            return Optional.empty();
        }
        try (InputStream in = zip.open(e)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException damaged) {
            return Optional.empty();
        }
    }
}
