package vn.sohoa.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.StageState.ObjectKind;

/**
 * The stages running behind capture: each page is handed over the moment it is captured and flows
 * through the page stages on the workers while the scanner goes on (capture never waits for OCR);
 * once a document is closed (its last page captured) and all its pages are through, its document
 * stages run at once, so its PDF/A is ready a few seconds after the last page. State is persisted
 * per stage as in {@link Pipeline}, so what a crash interrupts is picked up by the next
 * {@code sohoa process}.
 */
public final class LivePipeline implements AutoCloseable {

    private final StageRegistry registry;
    private final StageContext context;
    private final ProgressListener progress;
    private final ExecutorService pool;
    private final Pipeline.Tally tally;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private final long start = System.nanoTime();
    private final Map<Long, List<CompletableFuture<Void>>> pagesOfDocument = new HashMap<>();
    private final List<CompletableFuture<Void>> documents = new ArrayList<>();

    public LivePipeline(StageRegistry registry, StageContext context, int workers, ProgressListener progress) {
        this.registry = registry;
        this.context = context;
        this.progress = progress;
        this.tally = new Pipeline.Tally(registry.names());
        this.pool = Executors.newFixedThreadPool(Math.max(1, workers),
                Thread.ofPlatform().name("sohoa-live-", 1).daemon().factory());
    }

    /** Queues a captured page for the page stages and returns at once. */
    public synchronized void pageCaptured(Page page) {
        units.addAndGet(registry.pageStages().size());
        CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
            for (PageStage stage : registry.pageStages()) {
                boolean ok = Pipeline.runOne(stage.name(), ObjectKind.PAGE, page.id(), tally, context,
                        () -> stage.process(page, context));
                progress.onProgress(new Progress("process", done.incrementAndGet(), units.get(),
                        stage.name() + " · page " + page.id()));
                if (!ok) {
                    return;
                }
            }
        }, pool);
        pagesOfDocument.computeIfAbsent(page.documentId(), id -> new ArrayList<>()).add(work);
    }

    /**
     * Says that no more pages will come for the document: its document stages run as soon as its
     * queued pages are through. The future completes when they have run (or were left out because a
     * page stage failed).
     */
    public synchronized CompletableFuture<Void> documentClosed(Document document) {
        units.addAndGet(registry.documentStages().size());
        List<CompletableFuture<Void>> pages = pagesOfDocument.getOrDefault(document.id(), List.of());
        CompletableFuture<Void> whole = CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> assemble(document), pool);
        documents.add(whole);
        return whole;
    }

    private void assemble(Document document) {
        List<Page> docPages = context.catalog().pages(document.id());
        if (docPages.isEmpty() || !new Pipeline(registry, 1).allPageStagesDone(context.catalog(), docPages)) {
            return;
        }
        for (DocumentStage stage : registry.documentStages()) {
            boolean ok = Pipeline.runOne(stage.name(), ObjectKind.DOCUMENT, document.id(), tally, context,
                    () -> stage.process(document, docPages, context));
            progress.onProgress(new Progress("process", done.incrementAndGet(), units.get(),
                    stage.name() + " · document " + document.id()));
            if (!ok) {
                return;
            }
        }
    }

    /** Waits for every queued page and closed document; the report counts what ran. */
    public PipelineReport finish() {
        List<CompletableFuture<Void>> all;
        synchronized (this) {
            all = new ArrayList<>(documents);
            pagesOfDocument.values().forEach(all::addAll);
        }
        boolean cancelled = false;
        for (CompletableFuture<Void> f : all) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
                break;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException) {
                    cancelled = true;
                } else if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                } else {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        return new PipelineReport(tally.snapshot(), Duration.ofNanos(System.nanoTime() - start), cancelled);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
