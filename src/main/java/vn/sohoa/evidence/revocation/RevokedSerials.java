package vn.sohoa.evidence.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The serial numbers a loopback CA has revoked and when: what its CRLs list and its OCSP responder answers. */
final class RevokedSerials {

    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();

    void revoke(BigInteger serial, Instant when) {
        revoked.putIfAbsent(serial, when);
    }

    Optional<Instant> revokedAt(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    Map<BigInteger, Instant> all() {
        return Map.copyOf(revoked);
    }
}
