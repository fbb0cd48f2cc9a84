package vn.sohoa.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * The folder {@code ocr-models/} with the Tesseract models, each checked against the SHA-256 that
 * {@code models.tsv} records for it before it is first used. Found through the system property
 * {@code sohoa.models}, the environment variable {@code SOHOA_MODELS}, or by looking upwards from
 * the working folder.
 */
public final class ModelStore {

    public static final String INDEX = "models.tsv";

    private final Path root;
    private final Map<String, Sha256> expected;
    private final Set<String> verified = new HashSet<>();

    private ModelStore(Path root, Map<String, Sha256> expected) {
        this.root = root;
        this.expected = expected;
    }

    public static ModelStore locate() {
        return find().map(ModelStore::open)
                .orElseThrow(() -> new SohoaException(SohoaException.Reason.FAILED, Message.of("ocr.models.missing")));
    }

    static Optional<Path> find() {
        String configured = System.getProperty("sohoa.models", System.getenv("SOHOA_MODELS"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ocr-models").resolve(INDEX))) {
                return Optional.of(dir.resolve("ocr-models"));
            }
        }
        return Optional.empty();
    }

    public static ModelStore open(Path root) {
        Map<String, Sha256> expected = new HashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve(INDEX), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                expected.put(f[0] + "/" + f[1], new Sha256(f[2]));
            }
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("ocr.models.missing"), e);
        }
        return new ModelStore(root, Map.copyOf(expected));
    }

    public Path root() {
        return root;
    }

    /**
     * The tessdata folder of a model family, after checking that every file the given languages
     * need is there and intact.
     */
    public synchronized Path tessdata(OcrModel model, Iterable<String> languages) {
        for (String language : languages) {
            verify(model, language + ".traineddata");
        }
        return root.resolve(model.code());
    }

    private void verify(OcrModel model, String file) {
        String key = model.code() + "/" + file;
        if (verified.contains(key)) {
            return;
        }
        Sha256 want = expected.get(key);
        Path path = root.resolve(model.code()).resolve(file);
        if (want == null || !Files.isRegularFile(path)) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("ocr.models.missingFile", key));
        }
        try {
            if (!Sha256.hash(Files.readAllBytes(path)).equals(want)) {
                throw new SohoaException(SohoaException.Reason.FAILED, Message.of("ocr.models.corrupt", key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verified.add(key);
    }
}
