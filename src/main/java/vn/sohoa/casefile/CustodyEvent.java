package vn.sohoa.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One link of the chain of custody. {@code hash} is SHA-256 over the event's fields and
 * {@code previousHash}, so editing, deleting or reordering any event breaks the chain.
 */
public record CustodyEvent(long sequence, Instant time, String actor, String action, Optional<Sha256> object,
                           String detail, Sha256 previousHash, Sha256 hash) {

    /** The previous hash of the first event. */
    public static final Sha256 GENESIS = new Sha256("0".repeat(64));

    /** True when {@link #hash} is what the fields give. */
    public boolean hashMatches() {
        return hash.equals(computeHash(sequence, time, actor, action, object, detail, previousHash));
    }

    /**
     * The canonical digest: each field as its UTF-8 length, a colon, the bytes and a newline, so no
     * choice of field content can make two different events hash alike.
     */
    public static Sha256 computeHash(long sequence, Instant time, String actor, String action,
                                     Optional<Sha256> object, String detail, Sha256 previousHash) {
        MessageDigest digest = Sha256.digester();
        List<String> fields = List.of(Long.toString(sequence), time.toString(), actor, action,
                object.map(Sha256::hex).orElse(""), detail, previousHash.hex());
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            digest.update((byte) '\n');
        }
        return Sha256.of(digest.digest());
    }
}
