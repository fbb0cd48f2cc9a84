package vn.sohoa.app.desktop.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;

/**
 * Long work of one screen, off the UI thread: one job at a time, its progress (coalesced so that a
 * fast worker cannot flood the UI thread), a cancel, and one plain sentence when it fails.
 * Properties change only on the UI thread (the {@link UiThread} given).
 */
public final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    /** The job: runs on a worker thread, reports progress, checks the cancellation. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Reporter reporter, Cancellation cancellation) throws Exception;
    }

    /** What a job calls to say how far it is; cheap and callable from any thread. */
    public interface Reporter {
        void progress(long done, long total, String status);

        /** Runs {@code change} on the UI thread (to add a page to a list, say). */
        void onUi(Runnable change);
    }

    private final UiThread ui;
    private final Texts texts;
    private final ExecutorService worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final AtomicReference<double[]> latestProgress = new AtomicReference<>();
    private final AtomicReference<String> latestStatus = new AtomicReference<>();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private volatile Cancellation cancellation = Cancellation.none();
    private volatile Future<?> current;

    public BackgroundWork(UiThread ui, Texts texts, String threadName) {
        this.ui = ui;
        this.texts = texts;
        // Behind the screen in the system's queue (and so are the threads a job starts, the engine's OCR readers).
        this.worker = Executors.newSingleThreadExecutor(BackgroundPriority.threads(threadName));
    }

    /** Starts {@code job} unless one is running; {@code onDone} gets its result on the UI thread. */
    public <T> boolean start(String startStatus, Job<T> job, Consumer<T> onDone) {
        if (running.get()) {
            return false;
        }
        Cancellation c = new Cancellation();
        cancellation = c;
        running.set(true);
        progress.set(-1);
        status.set(startStatus);
        error.set("");
        current = worker.submit(() -> {
            try {
                T result = job.run(reporter(), c);
                ui.run(() -> {
                    finish();
                    onDone.accept(result);
                });
            } catch (CancelledException e) {
                ui.run(() -> {
                    finish();
                    status.set(texts.get("work.cancelled"));
                });
            } catch (Throwable e) {
                String sentence = sentence(e);
                if (!(e instanceof SohoaException) && !(e instanceof UserProblem)) {
                    LOG.warn("background work failed", e);
                }
                ui.run(() -> {
                    finish();
                    status.set("");
                    error.set(sentence);
                });
            }
        });
        return true;
    }

    /** Asks the running job to stop at its next check. */
    public void cancel() {
        cancellation.cancel();
    }

    private void finish() {
        running.set(false);
        progress.set(0);
    }

    private String sentence(Throwable e) {
        if (e instanceof UserProblem p) {
            return p.getMessage();
        }
        if (e instanceof SohoaException s) {
            return texts.render(s.userMessage());
        }
        if (e.getCause() instanceof SohoaException s) {
            return texts.render(s.userMessage());
        }
        return texts.get("work.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private Reporter reporter() {
        return new Reporter() {
            @Override
            public void progress(long done, long total, String text) {
                latestProgress.set(new double[] {done, total});
                latestStatus.set(text);
                if (progressPosted.compareAndSet(false, true)) {
                    ui.run(() -> {
                        progressPosted.set(false);
                        double[] p = latestProgress.get();
                        progress.set(p[1] <= 0 ? -1 : p[0] / p[1]);
                        String s = latestStatus.get();
                        if (s != null) {
                            status.set(s);
                        }
                    });
                }
            }

            @Override
            public void onUi(Runnable change) {
                ui.run(change);
            }
        };
    }

    /** Where this work changes observable state. */
    public UiThread ui() {
        return ui;
    }

    /** Waits for the running job (tests and shutdown). */
    public void await() throws Exception {
        Future<?> f = current;
        if (f != null) {
            f.get();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** 0..1, or -1 while the job has not said how much there is. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The last failure in one sentence; empty when the last job did not fail. */
    public StringProperty errorProperty() {
        return error;
    }

    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }
}
