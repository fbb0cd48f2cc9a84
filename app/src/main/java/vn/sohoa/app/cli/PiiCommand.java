package vn.sohoa.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.anonymize.PlainText;
import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.pseudonym.Codebook;
import vn.sohoa.anonymize.pseudonym.Pseudonymizer;
import vn.sohoa.anonymize.publish.MinorCheck;
import vn.sohoa.anonymize.publish.Publication;

/** {@code sohoa pii IN.txt [--json] [--encode]}: the personal data in a UTF-8 text, and its encoded copy. */
@Command(name = "pii", mixinStandardHelpOptions = true)
final class PiiCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "IN.txt", descriptionKey = "param.pii.file")
    private Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--encode", descriptionKey = "option.pii.encode")
    private boolean encode;

    @Option(names = "--encode-province", descriptionKey = "option.pii.encodeProvince")
    private boolean encodeProvince;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        String text = PlainText.read(file);
        List<Finding> findings = new PiiDetector().find(text);
        Publication publication = encode ? MinorCheck.check(text, findings, LocalDate.now()) : new Publication.Allowed();
        String encoded = null;
        if (encode && publication instanceof Publication.Allowed) {
            Codebook book = new Codebook();
            book.register(findings);
            encoded = new Pseudonymizer(book, !encodeProvince).encode(text, findings).text();
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("spans", findings.stream().map(PiiCommand::asMap).toList());
            if (encode) {
                m.put("encoded", encoded);
                m.put("refused", publication instanceof Publication.Refused r ? r.reason().render(t.locale()) : null);
            }
            Json.print(t.out(), m);
        } else {
            t.say("pii.count", findings.size(), file);
            for (Finding f : findings) {
                t.say("pii.span", f.start(), f.end(), f.type(), round(f.confidence()), oneLine(f.text()),
                        t.text("pii.rule." + f.reason()));
            }
            if (encoded != null) {
                t.say("pii.encoded");
                t.out().println(encoded);
            }
        }
        if (publication instanceof Publication.Refused r) {
            t.error(r.reason());
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> asMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("type", f.type().name());
        m.put("confidence", round(f.confidence()));
        m.put("reason", f.reason());
        m.put("text", f.text());
        return m;
    }

    private static BigDecimal round(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
