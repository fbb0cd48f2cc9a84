package vn.sohoa.anonymize.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.text.Chars;

/**
 * Writes the publishable text of a document: each finding replaced by its code from the case's
 * {@link Codebook}, following Nghị quyết 03/2017/NQ-HĐTP Điều 7 and Công văn 144/TANDTC-PC (letters
 * of the Vietnamese alphabet, numbers where needed, nothing else of the text changed). Names,
 * organisations and places get codes; numbers and dates that identify a person (CCCD, phone,
 * account, plate, date of birth…) are replaced by a label in brackets, since a code would add
 * nothing to the meaning.
 */
public final class Pseudonymizer {

    private final Codebook book;
    private final boolean keepProvince;

    /** @param keepProvince whether provinces stay readable in addresses (CV 144 allows it) */
    public Pseudonymizer(Codebook book, boolean keepProvince) {
        this.book = book;
        this.keepProvince = keepProvince;
    }

    /** One replacement made: where in the original, what was there, what replaced it. */
    public record Replacement(int start, int end, PiiType type, String original, String code) {
    }

    /** The encoded text and the replacements, in text order. */
    public record Result(String text, List<Replacement> replacements) {
        public Result {
            replacements = List.copyOf(replacements);
        }
    }

    /** Encodes {@code text}; {@code findings} must come from that text and be registered in the codebook. */
    public Result encode(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> done = new ArrayList<>();
        int at = 0;
        for (Finding f : sorted) {
            if (f.start() < at) {
                continue; // overlapping findings: the first one wins
            }
            String code = code(f);
            out.append(text, at, f.start()).append(code);
            done.add(new Replacement(f.start(), f.end(), f.type(), f.text(), code));
            at = f.end();
        }
        out.append(text.substring(at));
        return new Result(out.toString(), done);
    }

    String code(Finding f) {
        return switch (f.type()) {
            case PERSON -> person(f);
            case ORG -> book.organisation(f.entity());
            case ADDRESS -> AddressCode.encode(f.text(), book, keepProvince);
            case ID -> "[số giấy tờ]";
            case PHONE -> "[số điện thoại]";
            case DOB -> f.text().matches("\\d{4}") ? "[năm sinh]" : "[ngày sinh]";
            case PLATE -> "[biển số]";
            case ACCOUNT -> "[số tài khoản]";
            case EMAIL -> "[thư điện tử]";
            case TAXCODE -> "[mã số thuế]";
            case INSURANCE -> "[số bảo hiểm]";
        };
    }

    /**
     * A full name becomes its code; a short reference ("An", "Bích Hạnh") keeps its leading words and
     * gets the same initial and number as the full name ("A1", "Bích H"). Capitals stay capitals.
     */
    private String person(Finding f) {
        String full = book.resolve(f.entity());
        String code = book.person(full);
        String written = f.text().replaceAll("\\s+", " ");
        boolean caps = Chars.isAllCaps(written) && written.length() > 1;
        String[] codeWords = code.split(" ");
        String[] fullWords = full.split(" ");
        String[] shortWords = written.split(" ");
        String result;
        if (shortWords.length >= fullWords.length) {
            result = code;
        } else {
            String[] tail = new String[shortWords.length];
            System.arraycopy(codeWords, codeWords.length - shortWords.length, tail, 0, shortWords.length);
            result = String.join(" ", tail);
        }
        return caps ? result.toUpperCase(java.util.Locale.ROOT) : result;
    }
}
