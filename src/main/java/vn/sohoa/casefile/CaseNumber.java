package vn.sohoa.casefile;

import java.text.Normalizer;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * A Vietnamese case or document number: {@code số/năm/loại án-cấp xét xử}, as in
 * {@code 12/2024/HS-ST}, or with an acceptance/decision prefix, as in {@code 45/2023/TLST-DS} and
 * {@code 101/2025/QĐST-HNGĐ} (Nghị quyết 01/2017/NQ-HĐTP forms; see shared/domain/vietnam.md §4.1).
 *
 * @param number   the running number within the year, 1..99999
 * @param year     the year the number was given
 * @param prefix   the procedural act (thụ lý, quyết định…) when the number is of that form
 * @param kind     the kind of case
 * @param instance the level of proceedings, from the suffix or implied by the prefix
 */
public record CaseNumber(int number, int year, Optional<Prefix> prefix, CaseKind kind, Optional<Instance> instance) {

    /** The procedural act written before the kind: {@code TLST-DS}, {@code QĐST-HNGĐ}, {@code QĐXXST-HS}. */
    public enum Prefix implements Token {
        TLST("TLST", Instance.ST), TLPT("TLPT", Instance.PT),
        QDST("QĐST", Instance.ST), QDPT("QĐPT", Instance.PT),
        QDXXST("QĐXXST", Instance.ST), QDXXPT("QĐXXPT", Instance.PT);

        private final String token;
        private final Instance instance;

        Prefix(String token, Instance instance) {
            this.token = token;
            this.instance = instance;
        }

        @Override
        public String token() {
            return token;
        }

        public Instance instance() {
            return instance;
        }

        static Optional<Prefix> fromToken(String text) {
            return Token.find(values(), text);
        }
    }

    private static final int FIRST_YEAR = 1945;
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,6})/(\\d{4})/([\\p{L}]+)(?:-([\\p{L}]+))?");

    public CaseNumber {
        if (number < 1 || number > 99_999) {
            throw new IllegalArgumentException("number out of range: " + number);
        }
    }

    /** Parses a case number, accepting ASCII spellings (HNGD, LD, GDT, QDST) and stray spaces. */
    public static CaseNumber parse(String text) {
        Outcome outcome = parseOrProblem(text);
        return outcome.value().orElseThrow(
                () -> new SohoaException(SohoaException.Reason.BAD_INPUT, outcome.problem().orElseThrow()));
    }

    /** What is wrong with {@code text} as a case number, in one sentence; empty when it is valid. */
    public static Optional<Message> problemWith(String text) {
        return parseOrProblem(text).problem();
    }

    private static Outcome parseOrProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Outcome.fail("casenumber.empty");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Outcome.fail("casenumber.shape", raw.strip());
        }
        int number = Integer.parseInt(m.group(1));
        if (number < 1 || number > 99_999) {
            return Outcome.fail("casenumber.number", m.group(1));
        }
        int year = Integer.parseInt(m.group(2));
        int lastYear = Year.now().getValue() + 1;
        if (year < FIRST_YEAR || year > lastYear) {
            return Outcome.fail("casenumber.year", m.group(2), String.valueOf(FIRST_YEAR), String.valueOf(lastYear));
        }
        String first = m.group(3);
        String second = m.group(4);
        Optional<Prefix> prefix = Prefix.fromToken(first);
        if (prefix.isPresent()) {
            if (second == null) {
                return Outcome.fail("casenumber.kindMissing", first, kindList());
            }
            Optional<CaseKind> kind = CaseKind.fromToken(second);
            if (kind.isEmpty()) {
                return Outcome.fail("casenumber.kind", second, kindList());
            }
            return Outcome.ok(new CaseNumber(number, year, prefix, kind.get(), Optional.of(prefix.get().instance())));
        }
        Optional<CaseKind> kind = CaseKind.fromToken(first);
        if (kind.isEmpty()) {
            return Outcome.fail("casenumber.kind", first, kindList());
        }
        if (second == null) {
            return Outcome.ok(new CaseNumber(number, year, Optional.empty(), kind.get(), Optional.empty()));
        }
        Optional<Instance> instance = Instance.fromToken(second);
        if (instance.isEmpty()) {
            return Outcome.fail("casenumber.instance", second, instanceList());
        }
        return Outcome.ok(new CaseNumber(number, year, Optional.empty(), kind.get(), instance));
    }

    /** The number as courts write it: {@code 12/2024/HS-ST}, {@code 101/2025/QĐST-HNGĐ}. */
    @Override
    public String toString() {
        String tail = prefix.map(p -> p.token() + "-" + kind.token())
                .orElseGet(() -> kind.token() + instance.map(i -> "-" + i.token()).orElse(""));
        return number + "/" + year + "/" + tail;
    }

    /** An ASCII form safe in file names and object keys: {@code 12-2024-HS-ST}. */
    public String key() {
        return asciiUpper(toString()).replace('/', '-');
    }

    static String asciiUpper(String token) {
        String stripped = Normalizer.normalize(token.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toUpperCase(Locale.ROOT);
    }

    private static String kindList() {
        return Arrays.stream(CaseKind.values()).map(CaseKind::token).collect(Collectors.joining(", "));
    }

    private static String instanceList() {
        return Arrays.stream(Instance.values()).map(Instance::token).collect(Collectors.joining(", "));
    }

    /** A parse result: the number, or the one sentence that says what is wrong. */
    private record Outcome(Optional<CaseNumber> value, Optional<Message> problem) {
        static Outcome ok(CaseNumber n) {
            return new Outcome(Optional.of(n), Optional.empty());
        }

        static Outcome fail(String key, Object... args) {
            return new Outcome(Optional.empty(), Optional.of(Message.of(key, args)));
        }

    }
}
