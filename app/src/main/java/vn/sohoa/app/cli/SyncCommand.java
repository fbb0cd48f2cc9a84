package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.SyncConnection;
import vn.sohoa.sync.Backoff;
import vn.sohoa.sync.RepositorySettings;
import vn.sohoa.sync.S3Repository;
import vn.sohoa.sync.SyncLoop;
import vn.sohoa.sync.SyncReport;
import vn.sohoa.sync.SyncRun;

/**
 * {@code sohoa sync [--once]}: queue the batches whose documents are signed and push the outbox to the
 * central repository set in {@code HOME/sync.properties}; without {@code --once}, keep at it until
 * stopped. {@code sohoa sync --status [--json]}: per batch, objects, bytes, state and last error.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--once", descriptionKey = "option.sync.once")
    private boolean once;

    @Option(names = "--status", descriptionKey = "option.sync.status")
    private boolean status;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--key", paramLabel = "SPEC", descriptionKey = "option.sync.key")
    private String key;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    private Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", descriptionKey = "option.tsa")
    private String tsa;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "option.sync.interval")
    private int interval;

    private java.util.function.Predicate<String> committed = key -> false;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        if (json && !status) {
            throw SohoaException.badInput("sync.jsonNeedsStatus");
        }
        if (interval < 1) {
            throw SohoaException.badInput("sync.badInterval", interval);
        }
        try (Workstation ws = root.openWorkstation()) {
            if (status) {
                committed = key -> ws.catalog().outbox().committedAt(key).isPresent();
                return printStatus(t, ws.catalog().outbox().batches(), ws.catalog().outbox().connection());
            }
            Path file = ws.home().root().resolve(RepositorySettings.FILE);
            RepositorySettings settings = RepositorySettings.load(file, root.env())
                    .orElseThrow(() -> SohoaException.badInput("sync.notConfigured", file));
            SyncRun run = new SyncRun(ws.catalog(), ws.blobs(), settings, ws.operator(), () -> signingKey(t),
                    Optional.ofNullable(tsa).map(TsaClient::new), w -> t.error(w), t.progress());
            try (S3Repository repository = new S3Repository(settings)) {
                if (once) {
                    SyncRun.Result r = run.once(repository, Cancellation.none());
                    t.clearProgress();
                    report(t, r);
                    return r.push().outcome() == SyncReport.Outcome.GAVE_UP || r.push().conflicts() > 0
                            ? ExitCode.CHECK_FAILED : ExitCode.OK;
                }
                return continuously(t, run, repository);
            }
        }
    }

    /**
     * Rounds until stopped: Ctrl+C or SIGTERM (a shutdown hook raises the stop and waits for the
     * objects on the wire), or an interrupt when run in-process.
     */
    private int continuously(Terminal t, SyncRun run, S3Repository repository) {
        Cancellation stop = new Cancellation();
        Thread loop = Thread.currentThread();
        Thread hook = Thread.ofPlatform().unstarted(() -> {
            stop.cancel();
            try {
                loop.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new SyncLoop(run, repository, Duration.ofSeconds(interval), Backoff.standard()).run(stop, r -> {
                t.clearProgress();
                report(t, r);
            });
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this thread
            }
        }
        t.say("sync.stopped");
        return ExitCode.OK;
    }

    private SigningKey signingKey(Terminal t) {
        if (key == null) {
            throw SohoaException.badInput("sync.needKey");
        }
        return KeyLoader.load(KeySpec.parse(key), KeyPassword.resolve(Optional.ofNullable(passwordFile), t));
    }

    private static void report(Terminal t, SyncRun.Result r) {
        r.plan().planned().forEach(b -> t.say("sync.queued", b));
        r.plan().waiting().forEach(w -> t.say("sync.waiting", w.batch(), t.text(w.reason().key(), w.reason().args().toArray())));
        SyncReport p = r.push();
        t.say("sync.outcome." + p.outcome().name().toLowerCase(Locale.ROOT), p.uploaded(), p.skipped(), p.bytes(), p.conflicts());
        p.committed().forEach(b -> t.say("sync.committed", b));
        if (p.outcome() == SyncReport.Outcome.GAVE_UP) {
            p.lastError().ifPresent(e -> t.say("sync.lastError", e));
        }
    }

    private int printStatus(Terminal t, List<OutboxBatch> batches, Optional<SyncConnection> connection) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (OutboxBatch b : batches) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("batch", b.batchKey());
                m.put("state", b.state().name().toLowerCase(Locale.ROOT));
                m.put("objects", b.objects());
                m.put("verified", b.verified());
                m.put("failed", b.failed());
                m.put("bytes", b.bytes());
                m.put("bytes_verified", b.bytesVerified());
                m.put("last_error", b.lastError().orElse(null));
                m.put("committed", b.state() == OutboxBatch.State.VERIFIED && committed.test(b.batchKey()));
                list.add(m);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("batches", list);
            Map<String, Object> totals = new LinkedHashMap<>();
            for (OutboxBatch.State s : OutboxBatch.State.values()) {
                totals.put(s.name().toLowerCase(Locale.ROOT), batches.stream().filter(b -> b.state() == s).count());
            }
            out.put("totals", totals);
            connection.ifPresent(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("state", c.outcome());
                m.put("checked_at", c.checkedAt().toString());
                m.put("detail", c.detail().orElse(null));
                out.put("connection", m);
            });
            Json.print(t.out(), out);
            return ExitCode.OK;
        }
        connection.ifPresent(c -> t.say("sync.status.connection", t.text("sync.outcome.short." + c.outcome()), c.checkedAt()));
        if (batches.isEmpty()) {
            t.say("sync.status.empty");
            return ExitCode.OK;
        }
        for (OutboxBatch b : batches) {
            t.say("sync.status.line", t.text("sync.state." + b.state().name().toLowerCase(Locale.ROOT)), b.batchKey(),
                    b.verified(), b.objects(), b.bytesVerified(), b.bytes());
            b.lastError().ifPresent(e -> t.say("sync.status.error", e));
        }
        return ExitCode.OK;
    }
}
