package vn.sohoa.anonymize.pseudonym;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;

/**
 * The codes of one case (NQ 03/2017/NQ-HĐTP Điều 7 k1: accurate, never colliding, consistent),
 * shared by all its documents. People keep family and middle names and get the first letter of the
 * given name ("Nguyễn Văn An" → "Nguyễn Văn A"); two people whose codes would be the same are told
 * apart by numbers in order of first appearance ("Phan Hoài H1", "Phan Hoài H2"). Organisations get
 * the initials of their name, places a running letter after their unit word. Register every
 * document of the case before encoding any, so that numbering does not change afterwards.
 */
public final class Codebook {

    /** What an entry of the map names. */
    public enum Kind { PERSON, ORG, PLACE }

    /** One original of the map, as the catalog keeps it (the code follows from the order of entries). */
    public record Entry(Kind kind, String original) {
    }

    private final Map<String, String> personBase = new LinkedHashMap<>();
    private final Map<String, String> orgBase = new LinkedHashMap<>();
    private final Map<String, String> places = new LinkedHashMap<>();

    /**
     * Remembers the persons and organisations of a document's findings (their numbering depends on
     * all of them); places get their letters as they are first encoded.
     */
    public void register(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.type() == PiiType.PERSON && f.entity().contains(" ")) {
                personBase.computeIfAbsent(f.entity(), Codebook::baseCode);
            }
        }
        for (Finding f : findings) {
            if (f.type() == PiiType.PERSON) {
                personBase.computeIfAbsent(resolve(f.entity()), Codebook::baseCode);
            } else if (f.type() == PiiType.ORG) {
                orgBase.computeIfAbsent(f.entity(), n -> OrgCode.initials(n));
            }
        }
    }

    private static String baseCode(String fullName) {
        String[] words = fullName.split(" ");
        String last = words[words.length - 1];
        words[words.length - 1] = Letters.initial(last);
        return String.join(" ", words);
    }

    /**
     * The full name a reference stands for: itself when known, else the one known full name that
     * ends with it ("Hải" → "Phan Hoài Hải", also when the full name came from another document of
     * the case), else itself.
     */
    public String resolve(String name) {
        if (personBase.containsKey(name)) {
            return name;
        }
        String found = null;
        for (String full : personBase.keySet()) {
            if (full.endsWith(" " + name)) {
                if (found != null) {
                    return name; // two people could be meant: do not guess
                }
                found = full;
            }
        }
        return found == null ? name : found;
    }

    /** "Nguyễn Văn A" or, when another person of the case shares that code, "Nguyễn Văn A1". */
    public String person(String fullName) {
        String base = personBase.computeIfAbsent(fullName, Codebook::baseCode);
        List<String> same = new ArrayList<>();
        personBase.forEach((name, code) -> {
            if (code.equals(base)) {
                same.add(name);
            }
        });
        return same.size() == 1 ? base : base + (same.indexOf(fullName) + 1);
    }

    /** "Công ty TNHH Hoàng Bình" → "Công ty TNHH HB", numbered when two would collide. */
    public String organisation(String name) {
        String base = orgBase.computeIfAbsent(name, OrgCode::initials);
        List<String> same = new ArrayList<>();
        orgBase.forEach((n, code) -> {
            if (code.equals(base)) {
                same.add(n);
            }
        });
        return same.size() == 1 ? base : base + (same.indexOf(name) + 1);
    }

    /** The letter of a place name: the same name always gets the same letter within the case. */
    public String place(String name) {
        return places.computeIfAbsent(name, n -> Letters.running(places.size()));
    }

    /** The originals in order of first appearance, per kind: what must be stored to encode the case again alike. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        personBase.keySet().forEach(n -> out.add(new Entry(Kind.PERSON, n)));
        orgBase.keySet().forEach(n -> out.add(new Entry(Kind.ORG, n)));
        places.keySet().forEach(n -> out.add(new Entry(Kind.PLACE, n)));
        return out;
    }

    /** A codebook holding a stored map; codes given afterwards continue after it. */
    public static Codebook restore(List<Entry> entries) {
        Codebook book = new Codebook();
        for (Entry e : entries) {
            switch (e.kind()) {
                case PERSON -> book.personBase.computeIfAbsent(e.original(), Codebook::baseCode);
                case ORG -> book.orgBase.computeIfAbsent(e.original(), OrgCode::initials);
                case PLACE -> book.place(e.original());
            }
        }
        return book;
    }

    /** Every code given so far, original → code: the pseudonym map, which is never published. */
    public Map<String, String> map() {
        Map<String, String> m = new LinkedHashMap<>();
        personBase.keySet().forEach(n -> m.put(n, person(n)));
        orgBase.keySet().forEach(n -> m.put(n, organisation(n)));
        m.putAll(places);
        return m;
    }
}
