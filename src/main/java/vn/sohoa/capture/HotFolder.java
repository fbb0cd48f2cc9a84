package vn.sohoa.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import vn.sohoa.i18n.Messages;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.store.StoreException;

/**
 * For scanners that scan to a folder or a network share: files dropped in the folder are imported
 * once they have stopped changing, then moved to {@code done/}, or to {@code failed/} beside a
 * {@code .reason.txt} that says why in Vietnamese and English. A file still being written is left alone.
 */
public final class HotFolder {

    /** What one pass did. */
    public record Pass(List<ImportResult> imported, List<Path> failed) {
    }

    private record Seen(long size, Instant modified, Instant since) {
    }

    private final Path folder;
    private final Duration settle;
    private final Function<Path, ImportResult> importer;
    private final Map<Path, Seen> watching = new HashMap<>();

    /**
     * @param settle   how long a file must stay the same size and time before it is imported
     * @param importer imports one file (into the case this folder is for)
     */
    public HotFolder(Path folder, Duration settle, Function<Path, ImportResult> importer) {
        this.folder = folder;
        this.settle = settle;
        this.importer = importer;
    }

    public Path done() {
        return folder.resolve("done");
    }

    public Path failed() {
        return folder.resolve("failed");
    }

    /** Looks at the folder once, at time {@code now}, and imports the files that have settled. */
    public Pass poll(Instant now) {
        List<ImportResult> imported = new ArrayList<>();
        List<Path> failures = new ArrayList<>();
        for (Path file : candidates()) {
            if (!settled(file, now)) {
                continue;
            }
            watching.remove(file);
            try {
                imported.add(importer.apply(file));
                moveInto(file, done());
            } catch (SohoaException e) {
                Path moved = moveInto(file, failed());
                writeReason(moved, e);
                failures.add(moved);
            }
        }
        watching.keySet().removeIf(p -> !Files.exists(p));
        return new Pass(imported, failures);
    }

    private List<Path> candidates() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the hot folder " + folder, e);
        }
        files.sort(null);
        return files;
    }

    private boolean settled(Path file, Instant now) {
        try {
            long size = Files.size(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            Seen before = watching.get(file);
            if (before == null || before.size() != size || !before.modified().equals(modified)) {
                watching.put(file, new Seen(size, modified, now));
                return false;
            }
            return !now.isBefore(before.since().plus(settle));
        } catch (IOException vanished) {
            watching.remove(file);
            return false;
        }
    }

    private static Path moveInto(Path file, Path dir) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(file.getFileName());
            for (int n = 1; Files.exists(target); n++) {
                target = dir.resolve(n + "-" + file.getFileName());
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move " + file + " to " + dir, e);
        }
    }

    private static void writeReason(Path moved, SohoaException e) {
        String text = e.userMessage().render(Messages.VIETNAMESE) + System.lineSeparator()
                + e.userMessage().render(Locale.ENGLISH) + System.lineSeparator();
        try {
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException io) {
            throw new StoreException("cannot write the reason beside " + moved, io);
        }
    }
}
