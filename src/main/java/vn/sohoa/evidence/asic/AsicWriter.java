package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.cades.CadesSigner;
import vn.sohoa.evidence.files.AtomicFiles;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * Writes an ASiC-E container (ETSI EN 319 162-1): {@code mimetype} first and stored, the data
 * objects, {@code META-INF/ASiCManifest.xml} with the SHA-256 of each, and
 * {@code META-INF/signature001.p7s}, a detached CAdES signature over the manifest. The file appears
 * only when complete.
 */
public final class AsicWriter {

    public static final String MIMETYPE = "application/vnd.etsi.asic-e+zip";
    public static final String MANIFEST = "META-INF/ASiCManifest.xml";
    public static final String SIGNATURE = "META-INF/signature001.p7s";

    private AsicWriter() {
    }

    public static void write(Path out, List<BundleEntry> entries, SigningKey key, Optional<TsaClient> tsa) {
        List<AsicManifest.Reference> references = new ArrayList<>();
        try {
            for (BundleEntry e : entries) {
                if (!SafeZip.safeName(e.name()) || e.name().startsWith("META-INF/") || e.name().equals("mimetype")) {
                    throw new IllegalArgumentException("not a data object name: " + e.name());
                }
                MessageDigest digest = Sha256.digester();
                try (InputStream in = new DigestInputStream(e.source().open(), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                references.add(new AsicManifest.Reference(e.name(), e.mimeType(), digest.digest()));
            }
            byte[] manifest = new AsicManifest(SIGNATURE, references).toXml();
            byte[] signature = CadesSigner.sign(manifest, key, tsa);
            Instant now = Instant.now();
            AtomicFiles.write(out, stream -> {
                ZipWriter zip = new ZipWriter(stream, now);
                zip.add("mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII));
                for (BundleEntry e : entries) {
                    zip.add(e.name(), e.source());
                }
                zip.add(MANIFEST, manifest);
                zip.add(SIGNATURE, signature);
                zip.finish();
            });
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("bundle.write", out.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
