package vn.sohoa.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;

import vn.sohoa.casefile.Sha256;

/**
 * Content-addressed storage: a blob lives at {@code blobs/ab/cd/abcd…} named by its SHA-256.
 * Writes go to {@code tmp/}, are fsync'd, renamed atomically into place and the directory is
 * fsync'd, so a crash leaves either the whole blob or none of it under {@code blobs/}.
 * Identical content is stored once; a stored blob is never rewritten.
 */
public final class BlobStore {

    private static final String PART_PREFIX = "blob-";

    private final Path blobs;
    private final Path tmp;

    private BlobStore(Path root) {
        this.blobs = root.resolve("blobs");
        this.tmp = root.resolve("tmp");
    }

    /**
     * Opens the store under {@code root}, clearing the partial writes that processes which are no
     * longer running (killed, crashed) left in {@code tmp/}; a live process's writes are left alone.
     */
    public static BlobStore open(Path root) {
        BlobStore store = new BlobStore(root);
        try {
            Files.createDirectories(store.blobs);
            Files.createDirectories(store.tmp);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(store.tmp, "*.part")) {
                for (Path p : leftovers) {
                    if (!writerIsAlive(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the blob store at " + root, e);
        }
        return store;
    }

    public Sha256 put(byte[] content) {
        return put(new java.io.ByteArrayInputStream(content));
    }

    public Sha256 put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file, e);
        }
    }

    /** Stores the stream's content and returns its hash; returns at once if the content is already stored. */
    public Sha256 put(InputStream content) {
        Path part = null;
        try {
            part = Files.createTempFile(tmp, PART_PREFIX + ProcessHandle.current().pid() + "-", ".part");
            MessageDigest digest = Sha256.digester();
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel);
                 InputStream in = new DigestInputStream(content, digest)) {
                in.transferTo(out);
                channel.force(true);
            }
            Sha256 hash = Sha256.of(digest.digest());
            Path target = path(hash);
            if (Files.exists(target)) {
                Files.delete(part);
                return hash;
            }
            createDirectoriesDurably(target.getParent());
            part.toFile().setReadOnly();
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(part);
            } catch (AtomicMoveNotSupportedException e) {
                throw new StoreException("the blob store needs a file system with atomic rename", e);
            }
            fsyncDirectory(target.getParent());
            return hash;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StoreException("cannot store a blob under " + blobs, e);
        }
    }

    public boolean contains(Sha256 hash) {
        return Files.isRegularFile(path(hash));
    }

    public InputStream open(Sha256 hash) {
        try {
            return Files.newInputStream(path(hash));
        } catch (IOException e) {
            throw new StoreException("blob " + hash + " is missing from the store", e);
        }
    }

    public byte[] read(Sha256 hash) {
        try (InputStream in = open(hash)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("cannot read blob " + hash, e);
        }
    }

    /**
     * Removes a blob; only for masters of an import that was refused before anything referred to
     * them. Evidence in the catalog is never deleted.
     */
    public void delete(Sha256 hash) {
        try {
            Files.deleteIfExists(path(hash));
        } catch (IOException e) {
            throw new StoreException("cannot remove blob " + hash, e);
        }
    }

    /** Recomputes the hash of a stored blob: the fixity check. */
    public Sha256 rehash(Sha256 hash) {
        try (InputStream in = open(hash)) {
            MessageDigest digest = Sha256.digester();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return Sha256.of(digest.digest());
        } catch (IOException e) {
            throw new StoreException("cannot read blob " + hash, e);
        }
    }

    /** Where the blob is (or would be) stored. */
    public Path path(Sha256 hash) {
        String hex = hash.hex();
        return blobs.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    public Path tmpDirectory() {
        return tmp;
    }

    private static boolean writerIsAlive(Path part) {
        String name = part.getFileName().toString();
        String[] fields = name.substring(PART_PREFIX.length()).split("-", 2);
        try {
            long pid = Long.parseLong(fields[0]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private void createDirectoriesDurably(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectoriesDurably(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        fsyncDirectory(dir.getParent());
    }

    private static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory for fsync; NTFS journals the rename itself.
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException suppressed) {
            // the next open() clears tmp/ anyway
        }
    }
}
