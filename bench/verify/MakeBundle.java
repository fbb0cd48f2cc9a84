import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.evidence.asic.AsicWriter;
import vn.sohoa.evidence.asic.BundleEntry;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Passwords;

/** Writes a signed bundle of ENTRIES entries of SIZE_MB megabytes of pseudo-random bytes in all, for bench/verify. */
public class MakeBundle {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long totalMb = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        DemoPki.Layout pki = DemoPki.create(dir, DemoPki.DEFAULT_REVOCATION_BASE);
        var key = KeyLoader.load(new KeySpec.P12(pki.p12(DemoPki.CLERK)), Passwords.readFile(pki.passwordFile(DemoPki.CLERK)));
        long each = totalMb * 1024 * 1024 / count;
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = i;
            entries.add(new BundleEntry(String.format("masters/page-%03d.bin", i + 1), "application/octet-stream",
                    () -> new RandomBytes(seed, each)));
        }
        String metadata = "{\"format\":\"sohoa-bundle/1\",\"documents\":[],\"custody\":{\"events\":0,\"head_sequence\":0,\"head_sha256\":\""
                + CustodyEvent.GENESIS.hex() + "\"}}";
        entries.add(BundleEntry.of("metadata.json", "application/json", metadata.getBytes(StandardCharsets.UTF_8)));
        entries.add(BundleEntry.of("custody.jsonl", "application/jsonl", new byte[0]));
        AsicWriter.write(dir.resolve("bench.asice"), entries, key, Optional.empty());
    }

    /** Repeatable pseudo-random content, generated as it is read. */
    static final class RandomBytes extends InputStream {
        private final Random random;
        private long left;

        RandomBytes(long seed, long size) {
            this.random = new Random(seed);
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            left -= n;
            return n;
        }
    }
}
