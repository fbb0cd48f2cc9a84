package vn.sohoa.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import vn.sohoa.casefile.Sha256;

/** Looks inside a SoHoa home the way an auditor would: straight at the files. */
public final class TempHome {

    private TempHome() {
    }

    /** Every file under {@code blobs/}; each must be complete, i.e. hash to its own name. */
    public static List<Path> blobFiles(Path home) throws IOException {
        Path blobs = home.resolve("blobs");
        if (!Files.isDirectory(blobs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public static boolean hashesToItsName(Path blob) throws IOException {
        return Sha256.hash(Files.readAllBytes(blob)).hex().equals(blob.getFileName().toString());
    }
}
