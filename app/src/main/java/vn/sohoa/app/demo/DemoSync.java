package vn.sohoa.app.demo;

import java.util.Optional;

import vn.sohoa.app.central.CentralRepository;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Passwords;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.sync.S3Repository;
import vn.sohoa.sync.SyncReport;
import vn.sohoa.sync.SyncRun;

/**
 * The demo's last step: a local central repository in DIR/central (s3proxy on 127.0.0.1 for the run),
 * and the demo case's signed batch synced to it as a signed BagIt bag.
 */
public final class DemoSync {

    /** Where the batch went and how it stands. */
    public record Outcome(String endpoint, String batch, int objects, int verified, long bytes, String state, long millis) {
        boolean ok() {
            return "verified".equals(state) && objects > 0 && verified == objects;
        }
    }

    private DemoSync() {
    }

    static Outcome run(Workstation ws, DemoLayout layout, ProgressListener progress) {
        long start = System.nanoTime();
        DemoPki.Layout pki = new DemoPki.Layout(layout.root().resolve("keys"), layout.trust());
        try (CentralRepository central = CentralRepository.start(layout.central(), 0);
             S3Repository repository = new S3Repository(central.settings())) {
            SyncRun run = new SyncRun(ws.catalog(), ws.blobs(), central.settings(), ws.operator(),
                    () -> KeyLoader.load(new KeySpec.P12(pki.p12(DemoPki.CLERK)), Passwords.readFile(pki.passwordFile(DemoPki.CLERK))),
                    Optional.empty(), w -> { }, progress);
            SyncReport push = run.once(repository, Cancellation.none()).push();
            OutboxBatch batch = ws.catalog().outbox().batches().stream().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("the demo batch was not queued: " + push));
            return new Outcome(central.endpoint().toString(), batch.batchKey(), batch.objects(), batch.verified(), batch.bytes(),
                    batch.state().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - start) / 1_000_000);
        } catch (SohoaException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("demo.cannotWrite", layout.central().toString()), e);
        }
    }
}
