package vn.sohoa.capture.separator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;

/**
 * What a separator sheet says in its QR code: the next pages are a new document of this type and
 * title, in this case of this court, and (when the clerk counted them) how many pages it has.
 * Payload: {@code SOHOA-SEP/1;case=…;type=…;title=…;court=…;pages=…} in UTF-8, with only {@code %},
 * {@code ;} and {@code =} percent-escaped in values: Vietnamese letters stay one or two bytes each,
 * which keeps the code coarse enough to read from a fast scan. {@code pages} came later and is
 * optional, so sheets printed before it still read, and a reader that ignores it still separates.
 */
public record SeparatorSheet(CaseNumber caseNumber, DocumentType type, String title, Optional<String> court,
                             OptionalInt declaredPages) {

    static final String MAGIC = "SOHOA-SEP/1";

    /** The most pages a sheet may declare; a larger number is a misprint, not a count. */
    public static final int MAX_DECLARED_PAGES = 100_000;

    public SeparatorSheet {
        if (declaredPages.isPresent() && (declaredPages.getAsInt() < 0 || declaredPages.getAsInt() > MAX_DECLARED_PAGES)) {
            throw new IllegalArgumentException("a separator sheet declares 0 to " + MAX_DECLARED_PAGES + " pages, not "
                    + declaredPages.getAsInt());
        }
    }

    /** A sheet that declares no page count. */
    public SeparatorSheet(CaseNumber caseNumber, DocumentType type, String title, Optional<String> court) {
        this(caseNumber, type, title, court, OptionalInt.empty());
    }

    /** The same sheet declaring {@code pages} pages. */
    public SeparatorSheet withDeclaredPages(int pages) {
        return new SeparatorSheet(caseNumber, type, title, court, OptionalInt.of(pages));
    }

    public String payload() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("case", caseNumber.toString());
        fields.put("type", type.code());
        fields.put("title", title);
        court.ifPresent(c -> fields.put("court", c));
        declaredPages.ifPresent(n -> fields.put("pages", Integer.toString(n)));
        StringBuilder b = new StringBuilder(MAGIC);
        fields.forEach((k, v) -> b.append(';').append(k).append('=').append(escape(v)));
        return b.toString();
    }

    /** The sheet a payload describes; empty for any other QR code, or one whose fields do not parse. */
    public static Optional<SeparatorSheet> fromPayload(String payload) {
        if (payload == null || !payload.startsWith(MAGIC + ";")) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : payload.substring(MAGIC.length() + 1).split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        Optional<CaseNumber> number = Optional.ofNullable(fields.get("case")).filter(c -> CaseNumber.problemWith(c).isEmpty())
                .map(CaseNumber::parse);
        Optional<DocumentType> type = Optional.ofNullable(fields.get("type")).flatMap(DocumentType::find);
        if (number.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SeparatorSheet(number.get(), type.get(), fields.getOrDefault("title", type.get().names().vietnamese()),
                Optional.ofNullable(fields.get("court")), pages(fields.get("pages"))));
    }

    /** A count that is not a plain number in range is left out: the sheet still separates, nothing is declared. */
    private static OptionalInt pages(String value) {
        if (value == null || !value.matches("[0-9]{1,6}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(value);
        return n <= MAX_DECLARED_PAGES ? OptionalInt.of(n) : OptionalInt.empty();
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace(";", "%3B").replace("=", "%3D");
    }
}
