package vn.sohoa.app.desktop.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.sohoa.pipeline.Workstation;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.OcrStage;
import vn.sohoa.store.StageState.ObjectKind;

/**
 * Per-page progress of the pages being cleaned and read behind the feeder: on the live pipeline's
 * progress (at most a few times a second) it asks the catalog how far each page still in flight is,
 * and shows it on the page's thumbnail (cleaned, blank, text recognised). It reads the stage states,
 * not the pipeline's progress wording, so it does not depend on how the pipeline reports.
 */
final class LivePageProgress {

    private static final long EVERY_NANOS = 250_000_000L;
    /**
     * How many of the oldest pages in flight a look asks about: the live pipeline takes pages in the
     * order they came, so the pages further back have not been started. Asking about all of them (150
     * pages behind a fast feeder) cost two catalog queries per page four times a second on the reader's
     * own thread.
     */
    private static final int LOOK_AHEAD = 12;

    private final Workstation workstation;
    private final Texts texts;
    private final CoalescedUpdates updates;
    private final List<PageItem> inFlight = new ArrayList<>();
    private long lastLook;

    LivePageProgress(Workstation workstation, Texts texts, CoalescedUpdates updates) {
        this.workstation = workstation;
        this.texts = texts;
        this.updates = updates;
    }

    synchronized void captured(PageItem item) {
        inFlight.add(item);
        String captured = texts.get("scan.stage.captured");
        updates.post(() -> item.stageProperty().set(captured));
    }

    /** Looks again unless it looked a moment ago; {@code force} looks now (when the pipeline is through). */
    synchronized void look(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastLook < EVERY_NANOS) {
            return;
        }
        lastLook = now;
        List<PageItem> looking = force ? List.copyOf(inFlight) : List.copyOf(inFlight.subList(0, Math.min(LOOK_AHEAD, inFlight.size())));
        for (PageItem item : looking) {
            long id = item.page().id();
            boolean read = workstation.catalog().stages().isDone(ObjectKind.PAGE, id, OcrStage.NAME);
            boolean cleaned = read || workstation.catalog().stages().isDone(ObjectKind.PAGE, id, CleanStage.NAME);
            if (!cleaned) {
                continue;
            }
            boolean blank = workstation.catalog().derivative(item.page().master().sha256(), CleanStage.FACTS)
                    .map(f -> new String(workstation.blobs().read(f), StandardCharsets.UTF_8).contains("\"blank\":true"))
                    .orElse(false);
            String stage = texts.get(read ? "scan.stage.ocr" : "scan.stage.clean");
            if (read) {
                inFlight.remove(item);
            }
            updates.post(() -> {
                item.blankProperty().set(blank);
                item.stageProperty().set(stage);
            });
        }
    }
}
