package vn.sohoa.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.store.StageStates;

/**
 * Runs the pending stages: each page flows through the page stages in order on a pool of workers
 * (one per core), then each document whose pages are all through runs the document stages. A
 * stage already done is skipped, so a run after a crash picks up where the last one stopped.
 */
public final class Pipeline {

    private final StageRegistry registry;
    private final int workers;

    public Pipeline(StageRegistry registry, int workers) {
        this.registry = registry;
        this.workers = Math.max(1, workers);
    }

    public PipelineReport run(List<Page> pages, List<Document> documents, StageContext context, ProgressListener progress) {
        long start = System.nanoTime();
        Tally tally = new Tally(registry.names());
        long units = (long) pages.size() * registry.pageStages().size()
                + (long) documents.size() * registry.documentStages().size();
        AtomicLong done = new AtomicLong();
        boolean cancelled = false;
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("sohoa-stage-", 1).daemon().factory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Page page : pages) {
                futures.add(pool.submit(() -> {
                    for (PageStage stage : registry.pageStages()) {
                        boolean ok = runOne(stage.name(), ObjectKind.PAGE, page.id(), tally, context,
                                () -> stage.process(page, context));
                        progress.onProgress(new Progress("process", done.incrementAndGet(), units,
                                stage.name() + " · page " + page.id()));
                        if (!ok) {
                            return;
                        }
                    }
                }));
            }
            cancelled = await(futures);
            if (!cancelled) {
                for (Document document : documents) {
                    List<Page> docPages = context.catalog().pages(document.id());
                    if (!allPageStagesDone(context.catalog(), docPages)) {
                        continue;
                    }
                    for (DocumentStage stage : registry.documentStages()) {
                        context.cancellation().check();
                        boolean ok = runOne(stage.name(), ObjectKind.DOCUMENT, document.id(), tally, context,
                                () -> stage.process(document, docPages, context));
                        progress.onProgress(new Progress("process", done.incrementAndGet(), units,
                                stage.name() + " · document " + document.id()));
                        if (!ok) {
                            break;
                        }
                    }
                }
            }
        } catch (CancelledException e) {
            cancelled = true;
        } finally {
            pool.shutdownNow();
        }
        return new PipelineReport(tally.snapshot(), Duration.ofNanos(System.nanoTime() - start), cancelled);
    }

    @FunctionalInterface
    interface Work {
        Optional<Sha256> run() throws Exception;
    }

    /** Runs one stage on one object unless it is done; returns false when it failed. */
    static boolean runOne(String stage, ObjectKind kind, long id, Tally tally, StageContext context, Work work) {
        StageStates states = context.catalog().stages();
        if (states.isDone(kind, id, stage)) {
            tally.add(stage, Outcome.SKIPPED);
            return true;
        }
        context.cancellation().check();
        states.started(kind, id, stage);
        try {
            states.done(kind, id, stage, work.run());
            tally.add(stage, Outcome.DONE);
            return true;
        } catch (CancelledException e) {
            throw e;
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            states.failed(kind, id, stage, reason);
            tally.add(stage, Outcome.FAILED);
            return false;
        }
    }

    boolean allPageStagesDone(Catalog catalog, List<Page> pages) {
        return pages.stream().allMatch(p -> registry.pageStages().stream()
                .allMatch(s -> catalog.stages().isDone(ObjectKind.PAGE, p.id(), s.name())));
    }

    /** Waits for every task; true when the user cancelled. */
    private static boolean await(List<Future<?>> futures) {
        boolean cancelled = false;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException) {
                    cancelled = true;
                } else if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                } else {
                    throw new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return cancelled;
    }

    enum Outcome { DONE, SKIPPED, FAILED }

    /** Counts per stage, safe to update from the workers. */
    static final class Tally {
        private final Map<String, long[]> counts = new LinkedHashMap<>();

        Tally(List<String> stages) {
            stages.forEach(s -> counts.put(s, new long[Outcome.values().length]));
        }

        synchronized void add(String stage, Outcome outcome) {
            counts.get(stage)[outcome.ordinal()]++;
        }

        synchronized Map<String, PipelineReport.StageCount> snapshot() {
            Map<String, PipelineReport.StageCount> out = new LinkedHashMap<>();
            counts.forEach((stage, c) -> out.put(stage, new PipelineReport.StageCount(
                    c[Outcome.DONE.ordinal()], c[Outcome.SKIPPED.ordinal()], c[Outcome.FAILED.ordinal()])));
            return out;
        }
    }
}
