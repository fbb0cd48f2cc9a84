package vn.sohoa.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.leptonica.global.leptonica;
import org.bytedeco.tesseract.global.tesseract;

import com.sun.jna.Library;
import com.sun.jna.Native;

import net.sourceforge.tess4j.TessAPI1;

/**
 * Makes Tess4J's {@link TessAPI1} run over the Tesseract 5.5 and Leptonica 1.87 natives that
 * bytedeco's jars carry, so that nothing needs to be installed on the workstation: the natives are
 * unpacked by JavaCPP, linked under the names JNA looks for, and {@code jna.library.path} points
 * there before {@code TessAPI1} is first touched. OpenMP is limited to one thread (pages run in
 * parallel on the worker pool instead; OpenMP inside each page only slows down on few cores).
 */
final class TesseractNatives {

    private static String version;

    private TesseractNatives() {
    }

    /** Prepares the natives once per process and returns Tesseract's version, e.g. "5.5.2". */
    static synchronized String prepare() {
        if (version != null) {
            return version;
        }
        limitOpenMp();
        Path leptDir = Path.of(Loader.load(leptonica.class)).getParent();
        Path tessDir = Path.of(Loader.load(tesseract.class)).getParent();
        try {
            Path links = Path.of(Loader.getCacheDir().getPath(), "sohoa-tess4j-links");
            Files.createDirectories(links);
            link(links, System.mapLibraryName("tesseract"), find(tessDir, "tesseract"));
            Path lept = find(leptDir, "leptonica");
            link(links, System.mapLibraryName("leptonica"), lept);
            link(links, System.mapLibraryName("lept"), lept);
            String old = System.getProperty("jna.library.path");
            System.setProperty("jna.library.path",
                    links + (old == null || old.isBlank() ? "" : java.io.File.pathSeparator + old));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Tesseract natives: " + e.getMessage(), e);
        }
        version = TessAPI1.TessVersion();
        if (!version.startsWith("5.")) {
            throw new IllegalStateException("Tesseract 5 is needed, found " + version);
        }
        return version;
    }

    /** The bundled library file in {@code dir} whose name carries {@code stem}, not JavaCPP's JNI glue. */
    private static Path find(Path dir, String stem) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.contains(stem) && !name.contains("jni") && (name.contains(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"))) {
                    return f;
                }
            }
        }
        throw new IOException("no " + stem + " library in " + dir);
    }

    private static void link(Path dir, String name, Path target) throws IOException {
        Path link = dir.resolve(name);
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Path temp = dir.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createSymbolicLink(temp, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, temp);
        }
        Files.move(temp, link, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private static void limitOpenMp() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return;
        }
        Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
    }
}
