package vn.sohoa.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.sohoa.store.StoreException;

/** Writes {@code summary.json}: stages run, counts, timings and the verify outcome. Its shape is documented in the README. */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static void write(Path file, DemoReport report, String version) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sohoa", version);
        summary.put("case", report.caseNumber());
        summary.put("ok", report.ok());
        Map<String, Object> stages = new LinkedHashMap<>();
        report.processed().stages().forEach((name, c) -> stages.put(name,
                ordered("done", c.done(), "skipped", c.skipped(), "failed", c.failed())));
        summary.put("stages", stages);
        summary.put("counts", ordered("documents", report.documents(), "pages", report.pages()));
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("capture_ms", report.captureMillis());
        timings.put("process_ms", report.processed().elapsed().toMillis());
        timings.put("evidence_ms", report.evidenceMillis());
        timings.put("publish_ms", report.published().millis());
        timings.put("sync_ms", report.sync().millis());
        timings.put("total_ms", report.totalMillis());
        summary.put("timings", timings);
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("custody", report.custody().intact() ? "intact" : "broken");
        verify.put("custody_events", report.custody().events());
        verify.put("catalog_integrity", report.integrity());
        verify.put("bundle", report.bundle().status().code());
        verify.put("bundle_entries", report.bundle().entries().size());
        verify.put("bundle_documents", report.bundle().documents().size());
        verify.put("bundle_problems", report.bundle().problems().stream().map(m -> m.key()).toList());
        summary.put("verify", verify);
        summary.put("signed_documents", report.signedDocuments());
        summary.put("published", ordered("copies", report.published().copies(), "items_masked", report.published().itemsMasked(),
                "originals_checked", report.published().originalsChecked(), "leak_audit", "passed",
                "refused", report.published().refused().stream().map(m -> m.render(java.util.Locale.ENGLISH)).toList()));
        Map<String, Object> central = new LinkedHashMap<>();
        central.put("endpoint", report.sync().endpoint());
        central.put("batch", report.sync().batch());
        central.put("state", report.sync().state());
        central.put("objects", report.sync().objects());
        central.put("verified", report.sync().verified());
        central.put("bytes", report.sync().bytes());
        summary.put("central", central);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("home", "home/");
        outputs.put("trust", "trust/");
        outputs.put("keys", "keys/");
        outputs.put("documents", "documents/");
        outputs.put("published", "published/");
        outputs.put("bundle", "bundle.asice");
        outputs.put("central", "central/");
        outputs.put("summary", "summary.json");
        summary.put("outputs", outputs);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
