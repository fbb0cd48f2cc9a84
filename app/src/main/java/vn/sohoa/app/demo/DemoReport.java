package vn.sohoa.app.demo;

import java.nio.file.Path;

import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.store.CustodyReport;

/** What the demo did, for the console and for {@code summary.json}. */
public record DemoReport(Path out, String caseNumber, int documents, int pages, int pdfs, PipelineReport processed,
                         long captureMillis, long totalMillis, CustodyReport custody, String integrity) {

    public boolean ok() {
        return custody.intact() && "ok".equals(integrity) && processed.failures() == 0 && !processed.cancelled()
                && pdfs == documents;
    }
}
