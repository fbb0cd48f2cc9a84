package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.Span;
import vn.sohoa.anonymize.text.NfcText;

/**
 * Finds the personal data in the text of one document. The text is NFC-normalised first; what
 * must stay readable (public bodies, citations, case numbers, amounts, officials in their role) is
 * set aside; then the detectors run from the most certain to the least, each leaving alone what an
 * earlier one claimed. Offsets in the result are UTF-16 offsets of the text as given.
 * Thread-safe: it holds no state between calls.
 */
public final class PiiDetector {

    private static final List<Detector> DETECTORS = List.of(new EmailDetector(), new NumberDetector(),
            new PlateDetector(), new DobDetector(), new AddressDetector(), new OrgDetector(), new PersonDetector());

    /** The findings and the kept stretches of one text. */
    public record Result(List<Finding> findings, List<Span> kept) {
        public Result {
            findings = List.copyOf(findings);
            kept = List.copyOf(kept);
        }
    }

    public List<Finding> find(String text) {
        return scan(text).findings();
    }

    public Result scan(String text) {
        NfcText nfc = NfcText.of(text);
        String normalized = nfc.normalized();
        Scan scan = new Scan(normalized, KeepZones.find(normalized));
        for (Detector d : DETECTORS) {
            scan.add(d.find(scan));
        }
        List<Finding> out = new ArrayList<>(scan.found().size());
        for (Finding f : scan.found()) {
            if (nfc.identity()) {
                out.add(f);
            } else {
                int s = nfc.originalStart(f.start());
                int e = nfc.originalEnd(f.end());
                out.add(f.moved(s, e, text.substring(s, e)));
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        List<Span> kept = scan.keep().stream()
                .map(k -> new Span(nfc.originalStart(k.start()), nfc.originalEnd(k.end()), k.why())).toList();
        return new Result(out, kept);
    }
}
