package vn.sohoa.app.cli;

import java.util.List;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.pipeline.LivePipeline;
import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

/**
 * What {@code sohoa scan} runs behind the feeder: each captured page is cleaned and read while the
 * scanner goes on, and once the scan is over each scanned document is assembled into its PDF/A.
 */
final class LiveProcessing implements AutoCloseable {

    private final LivePipeline live;

    LiveProcessing(Workstation ws) {
        this.live = ws.livePipeline(progress -> { }, Cancellation.none());
    }

    void pageCaptured(Page page) {
        live.pageCaptured(page);
    }

    /**
     * Closes the documents, waits for their pages and their assembly and says what came of it;
     * false when a stage failed.
     */
    boolean finish(Terminal t, Workstation ws, List<Document> documents) {
        documents.forEach(live::documentClosed);
        PipelineReport report = live.finish();
        report.stages().forEach((stage, c) -> t.say("process.stage", stage, c.done(), c.skipped(), c.failed()));
        for (Document d : documents) {
            ws.documentPdf(d).ifPresent(pdf -> t.say("scan.assembled", d.ordinal(), pdf));
        }
        return report.failures() == 0;
    }

    @Override
    public void close() {
        live.close();
    }
}
