package vn.sohoa.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Outbox;
import vn.sohoa.store.OutboxEntry;
import vn.sohoa.store.OutboxEntry.State;
import vn.sohoa.store.OutboxPart;

/**
 * Takes one outbox object to {@code verified}: skip it when the repository already holds the same
 * bytes, refuse to overwrite different bytes (a conflict), else PUT it whole or, from 16 MB, in
 * parts, continuing an unfinished multipart upload; then HEAD proves the checksum. Each step is
 * committed to the outbox before the next call, so a kill at any point resumes here.
 */
final class ObjectUploader {

    /** The progress task of each part sent (done = its number): a restart that resumes sends only the missing ones. */
    static final String PART_TASK = "sync-part";

    /** What became of the object. */
    enum Outcome { VERIFIED, SKIPPED_SAME, CONFLICT }

    private final S3Repository repository;
    private final Outbox outbox;
    private final BlobStore blobs;
    private final long partSize;
    private final ProgressListener progress;
    private final RequestSlots slots;

    ObjectUploader(S3Repository repository, Outbox outbox, BlobStore blobs, long partSize, ProgressListener progress,
                   RequestSlots slots) {
        this.repository = repository;
        this.progress = progress;
        this.slots = slots;
        this.outbox = outbox;
        this.blobs = blobs;
        this.partSize = partSize;
    }

    Outcome upload(OutboxEntry entry, Optional<Instant> retainUntil, Cancellation cancellation) {
        Path file = blobs.path(entry.blob());
        long size = entry.sizeBytes();
        boolean multipart = size >= RepositorySettings.MULTIPART_THRESHOLD;
        List<Sha256> partHashes = multipart ? partHashes(file, size) : List.of();
        Optional<RemoteObject> existing = repository.head(entry.objectKey());
        if (existing.isPresent()) {
            if (matches(existing.get(), entry, partHashes)) {
                ensureRetention(entry.objectKey(), retainUntil);
                outbox.mark(entry.objectKey(), State.VERIFIED, Optional.empty(), Optional.empty());
                return entry.state() == State.QUEUED && entry.attempts() == 0 ? Outcome.SKIPPED_SAME : Outcome.VERIFIED;
            }
            return conflictIfConfirmed(entry, partHashes, existing.get(), retainUntil);
        }
        if (multipart) {
            uploadInParts(entry, file, size, partHashes, retainUntil, cancellation);
        } else {
            outbox.mark(entry.objectKey(), State.UPLOADING, Optional.empty(), Optional.empty());
            slots.send(() -> {
                repository.put(entry.objectKey(), file, size, entry.blob(), retainUntil);
                return null;
            });
        }
        RemoteObject stored = repository.head(entry.objectKey()).orElseThrow(() -> new RepositoryException(
                "HEAD " + entry.objectKey() + ": missing right after its upload", true, 404, null));
        if (!matches(stored, entry, partHashes)) {
            return conflictIfConfirmed(entry, partHashes, stored, retainUntil);
        }
        ensureRetention(entry.objectKey(), retainUntil);
        outbox.mark(entry.objectKey(), State.VERIFIED, Optional.empty(), Optional.empty());
        return Outcome.VERIFIED;
    }

    /**
     * An object is verified only under its retention: the PUT asked for it in its headers, but some
     * S3-compatible stores keep Object Lock and ignore those headers (S3Mock among them), and a kill
     * may come between a PUT and this check; then the retention is set on its own.
     */
    private void ensureRetention(String key, Optional<Instant> retainUntil) {
        if (retainUntil.isPresent() && repository.complianceRetention(key).isEmpty()) {
            repository.retain(key, retainUntil.get());
        }
    }

    /**
     * A conflict is final and stops the batch, so one odd answer is not enough: a second HEAD must
     * say the same. If it now shows our bytes, the object is verified.
     */
    private Outcome conflictIfConfirmed(OutboxEntry entry, List<Sha256> partHashes, RemoteObject first,
                                        Optional<Instant> retainUntil) {
        Optional<RemoteObject> again = repository.head(entry.objectKey());
        if (again.isPresent() && matches(again.get(), entry, partHashes)) {
            ensureRetention(entry.objectKey(), retainUntil);
            outbox.mark(entry.objectKey(), State.VERIFIED, Optional.empty(), Optional.empty());
            return Outcome.VERIFIED;
        }
        if (again.isEmpty() || !again.get().equals(first)) {
            throw new RepositoryException("HEAD " + entry.objectKey() + ": answers disagree", true, 0, null);
        }
        outbox.mark(entry.objectKey(), State.FAILED, Optional.empty(), Optional.of(conflict(first, entry)));
        return Outcome.CONFLICT;
    }

    private void uploadInParts(OutboxEntry entry, Path file, long size, List<Sha256> partHashes,
                               Optional<Instant> retainUntil, Cancellation cancellation) {
        String key = entry.objectKey();
        Optional<String> uploadId = entry.uploadId();
        Optional<Map<Integer, RemotePart>> remoteParts = uploadId.flatMap(id -> repository.listParts(key, id));
        if (remoteParts.isEmpty()) {
            uploadId = Optional.of(repository.startMultipart(key, entry.blob(), retainUntil));
            outbox.mark(key, State.UPLOADING, uploadId, Optional.empty());
            remoteParts = Optional.of(Map.of());
        }
        String id = uploadId.orElseThrow();
        Map<Integer, OutboxPart> recorded = new HashMap<>();
        outbox.parts(key, id).forEach(p -> recorded.put(p.partNumber(), p));
        List<OutboxPart> parts = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= partHashes.size(); n++) {
            OutboxPart done = recorded.get(n);
            if (done != null && done.sha256().equals(partHashes.get(n - 1)) && holds(remoteParts.get().get(n), done)) {
                parts.add(done);
            } else {
                missing.add(n);
            }
        }
        parts.addAll(sendParts(key, id, file, size, partHashes, missing, cancellation));
        parts.sort(Comparator.comparingInt(OutboxPart::partNumber));
        repository.complete(key, id, parts);
    }

    /**
     * Sends the missing parts side by side, each on its own virtual thread waiting for a request
     * slot; each part is recorded as soon as it is acknowledged, so a kill loses only those in
     * flight. Waits for all of them, then reports the first failure.
     */
    private List<OutboxPart> sendParts(String key, String id, Path file, long size, List<Sha256> partHashes,
                                       List<Integer> numbers, Cancellation cancellation) {
        List<Future<OutboxPart>> sent = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n : numbers) {
                sent.add(threads.submit(() -> {
                    cancellation.check();
                    Sha256 sha = partHashes.get(n - 1);
                    long offset = (n - 1) * partSize;
                    long length = Math.min(partSize, size - offset);
                    String etag = slots.send(() -> repository.uploadPart(key, id, n, file, offset, length, sha));
                    OutboxPart part = new OutboxPart(n, sha, etag);
                    outbox.recordPart(key, id, part);
                    progress.onProgress(new Progress(PART_TASK, n, partHashes.size(), key));
                    return part;
                }));
            }
        }
        List<OutboxPart> parts = new ArrayList<>();
        RuntimeException first = null;
        for (var f : sent) {
            try {
                parts.add(f.get());
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r
                            : new RepositoryException("PUT part of " + key + ": " + e.getCause(), true, 0, e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        if (first != null) {
            throw first;
        }
        return parts;
    }

    /** The repository still holds the part we recorded: same checksum, or same ETag where it keeps no checksum. */
    private static boolean holds(RemotePart remote, OutboxPart recorded) {
        if (remote == null) {
            return false;
        }
        return remote.checksumSha256().isEmpty() ? remote.etag().equals(recorded.etag())
                : remote.checksumSha256().equals(Checksums.base64(recorded.sha256()));
    }

    private List<Sha256> partHashes(Path file, long size) {
        List<Sha256> hashes = new ArrayList<>();
        try {
            for (long offset = 0; offset < size; offset += partSize) {
                hashes.add(Checksums.ofRange(file, offset, Math.min(partSize, size - offset)));
            }
        } catch (IOException e) {
            throw new RepositoryException("cannot read " + file + ": " + e.getMessage(), false, 0, e);
        }
        return hashes;
    }

    /**
     * The repository holds our bytes when its checksum is ours (whole, or the checksum of our part
     * checksums) or, for a store that keeps no checksum, when size and SoHoa's SHA-256 metadata are ours.
     */
    static boolean matches(RemoteObject remote, OutboxEntry entry, List<Sha256> partHashes) {
        if (remote.size() != entry.sizeBytes()) {
            return false;
        }
        if (remote.checksumSha256().isPresent()) {
            String c = remote.checksumSha256().get();
            return c.equals(Checksums.base64(entry.blob()))
                    || (!partHashes.isEmpty() && c.equals(Checksums.composite(partHashes)));
        }
        return remote.metadataSha256().map(entry.blob().hex()::equals).orElse(false);
    }

    private static String conflict(RemoteObject remote, OutboxEntry entry) {
        return "conflict: the repository holds other bytes under " + entry.objectKey() + " (size " + remote.size()
                + ", sha256 " + remote.metadataSha256().or(remote::checksumSha256).orElse("unknown") + "); not overwritten";
    }
}
