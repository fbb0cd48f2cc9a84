package vn.sohoa.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import vn.sohoa.anonymize.audit.LeakReport;
import vn.sohoa.anonymize.redact.RedactionPlan;

/** A published copy made: where it is, its redaction log, what was masked, what the leak audit read, how long it took. */
public record AnonymizeReport(Path output, Optional<Path> log, int pages, RedactionPlan plan, LeakReport audit,
                              byte[] logJson, String publishedSha256, Duration elapsed) {
}
