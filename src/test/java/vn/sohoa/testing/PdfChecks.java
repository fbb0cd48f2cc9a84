package vn.sohoa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Outside judges of the PDFs SoHoa writes: veraPDF (greenfield) and poppler's pdftotext. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The failed PDF/A-2B checks, as "rule: description" lines; empty when the file conforms. */
    public static synchronized List<String> pdfa2bFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        }
    }

    /** What {@code pdftotext} (poppler-utils) extracts, in its reading order. */
    public static String pdftotext(Path pdf) throws Exception {
        return run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /** A word of the text layer as pdftotext sees it, in points from the page's top-left corner. */
    public record TextWord(int page, String text, double xMin, double yMin, double xMax, double yMax) {
    }

    private static final Pattern PAGE = Pattern.compile("<page ");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** Every word of the text layer with its box, from {@code pdftotext -bbox}. */
    public static List<TextWord> words(Path pdf) throws Exception {
        String html = run(List.of("pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-"));
        List<TextWord> words = new ArrayList<>();
        int page = 0;
        for (String line : html.split("\n")) {
            if (PAGE.matcher(line).find()) {
                page++;
            }
            Matcher m = WORD.matcher(line);
            if (m.find()) {
                words.add(new TextWord(page, unescape(m.group(5)), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
            }
        }
        return words;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
