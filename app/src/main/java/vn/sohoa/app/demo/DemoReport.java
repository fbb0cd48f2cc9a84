package vn.sohoa.app.demo;

import java.nio.file.Path;

import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.store.CustodyReport;

/** What the demo did, for the console and for {@code summary.json}. */
public record DemoReport(Path out, String caseNumber, int documents, int pages, PipelineReport processed,
                         long captureMillis, long totalMillis, CustodyReport custody, String integrity,
                         int signedDocuments, long evidenceMillis, ValidationReport bundle, DemoPublication.Outcome published,
                         DemoSync.Outcome sync) {

    /**
     * Ok when the chain and the catalog are sound, every stage ran, every document is a signed PDF/A and the
     * bundle verifies, every document is published or refused for a reason, and the batch is verified in the
     * central repository.
     */
    public boolean ok() {
        return custody.intact() && "ok".equals(integrity) && processed.failures() == 0 && !processed.cancelled()
                && signedDocuments == documents && bundle.status() == Status.VALID
                && published.copies() + published.refused().size() == documents && sync.ok();
    }
}
