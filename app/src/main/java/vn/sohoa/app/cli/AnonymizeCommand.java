package vn.sohoa.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.anonymize.redact.Decision;
import vn.sohoa.anonymize.redact.Decisions;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.pipeline.AnonymizeOptions;
import vn.sohoa.pipeline.AnonymizeReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

/**
 * {@code sohoa anonymize IN -o OUT.pdf [--log LOG.json] [--decisions FILE]}, or
 * {@code sohoa anonymize --case NO --document N -o OUT.pdf …}: the published copy of a scanned
 * document, masks burnt into the page images, codes in the text layer, released only when the leak
 * audit finds nothing. Exit 1 when publication is refused (a minor) or the audit finds a leak.
 */
@Command(name = "anonymize", mixinStandardHelpOptions = true)
final class AnonymizeCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "IN", arity = "0..1", descriptionKey = "param.anonymize.in")
    private Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.anonymize.output")
    private Path output;

    @Option(names = "--log", paramLabel = "LOG.json", descriptionKey = "option.anonymize.log")
    private Path log;

    @Option(names = "--decisions", paramLabel = "FILE", descriptionKey = "option.anonymize.decisions")
    private Path decisions;

    @Option(names = "--case", paramLabel = "NO", descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--document", paramLabel = "N", descriptionKey = "option.anonymize.document")
    private Integer document;

    @Option(names = "--encode-province", descriptionKey = "option.pii.encodeProvince")
    private boolean encodeProvince;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        boolean fromCase = caseNumber != null || document != null;
        if ((input == null) == !fromCase || fromCase && (caseNumber == null || document == null)) {
            throw SohoaException.badInput("anonymize.inputOrCase");
        }
        String operator = System.getProperty("user.name", "unknown");
        List<Decision> reviewed = decisions == null ? List.of() : Decisions.read(decisions, operator);
        AnonymizeOptions options = new AnonymizeOptions(root.ocrLanguages().map(OcrLanguages::parse).orElse(OcrLanguages.DEFAULT),
                OcrModel.DEFAULT, !encodeProvince, reviewed, operator, java.time.LocalDate.now());
        AnonymizeReport report;
        if (fromCase) {
            CaseNumber number = CaseNumber.parse(caseNumber);
            try (Workstation ws = root.openWorkstation()) {
                report = ws.anonymize(number, document, output, Optional.ofNullable(log), options, t.progress(), Cancellation.none());
            }
        } else {
            report = Workstation.anonymizeFile(input, output, Optional.ofNullable(log), options, t.progress(), Cancellation.none());
        }
        t.clearProgress();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("output", report.output().toString());
            m.put("log", report.log().map(p -> p.toAbsolutePath().toString()).orElse(null));
            m.put("pages", report.pages());
            try {
                m.putAll(new ObjectMapper().readValue(report.logJson(), new TypeReference<Map<String, Object>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Json.print(t.out(), m);
        } else {
            var audit = report.audit();
            t.say("anonymize.done", report.output(), report.pages(), report.plan().items().size(), audit.checked(),
                    audit.streams(), audit.revisions(), audit.pagesReread(), report.elapsed().toMillis());
            report.log().ifPresent(p -> t.say("anonymize.logWritten", p.toAbsolutePath()));
            if (audit.uncheckable() > 0) {
                t.say("anonymize.uncheckable", audit.uncheckable());
            }
            if (!report.plan().unmatched().isEmpty()) {
                t.say("anonymize.unmatched", report.plan().unmatched().size());
            }
        }
        return ExitCode.OK;
    }
}
