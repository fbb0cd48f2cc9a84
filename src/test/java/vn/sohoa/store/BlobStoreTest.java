package vn.sohoa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Sha256;

class BlobStoreTest {

    @TempDir
    Path root;

    @Test
    void storesUnderTheContentHashAndOnlyOnce() throws IOException {
        BlobStore store = BlobStore.open(root);
        byte[] content = "trang 1".getBytes(StandardCharsets.UTF_8);
        Sha256 first = store.put(content);
        Sha256 second = store.put(content);

        assertThat(first).isEqualTo(second).isEqualTo(Sha256.hash(content));
        assertThat(store.path(first)).isEqualTo(root.resolve("blobs").resolve(first.hex().substring(0, 2))
                .resolve(first.hex().substring(2, 4)).resolve(first.hex()));
        assertThat(store.read(first)).isEqualTo(content);
        assertThat(blobFiles()).hasSize(1);
        assertThat(store.tmpDirectory()).isEmptyDirectory();
    }

    @Test
    void rehashDetectsAFlippedByte() throws IOException {
        BlobStore store = BlobStore.open(root);
        Sha256 hash = store.put(new byte[] {1, 2, 3, 4});
        assertThat(store.rehash(hash)).isEqualTo(hash);
        Path file = store.path(hash);
        file.toFile().setWritable(true);
        Files.write(file, new byte[] {1, 2, 3, 5});
        assertThat(store.rehash(hash)).isNotEqualTo(hash);
    }

    @Test
    void openClearsPartialWritesOfDeadProcessesOnly() throws IOException {
        BlobStore.open(root);
        Path tmp = root.resolve("tmp");
        Path dead = Files.writeString(tmp.resolve("blob-999999999-1.part"), "half a page");
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path live = Files.writeString(tmp.resolve("blob-" + livePid + "-2.part"), "still writing");

        BlobStore.open(root);

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }

    private java.util.List<Path> blobFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
