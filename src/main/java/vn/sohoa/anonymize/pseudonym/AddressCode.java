package vn.sohoa.anonymize.pseudonym;

import java.util.ArrayList;
import java.util.List;

import vn.sohoa.anonymize.lexicon.AddressUnit;
import vn.sohoa.anonymize.lexicon.Places;

/**
 * Addresses as CV 144/TANDTC-PC shows them: each part keeps its unit word and its name becomes a
 * letter ("ấp Phú Hòa, xã An Hiệp" → "ấp A, xã B"); house numbers too. The province may stay
 * readable (a setting), since it identifies no one.
 */
final class AddressCode {

    /** One part: its unit word as written ("" for a bare name), its unit (null when bare), its name and where it is. */
    record Part(String unitWord, AddressUnit unit, String name, int nameStart) {
        int nameEnd() {
            return nameStart + name.length();
        }
    }

    private record Hit(int start, int end, String word, AddressUnit unit) {
    }

    private AddressCode() {
    }

    /** Splits an address found by the detector into unit words and names. */
    static List<Part> parts(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        List<Part> out = new ArrayList<>();
        int segStart = 0;
        while (segStart <= address.length()) {
            int comma = address.indexOf(',', segStart);
            int segEnd = comma < 0 ? address.length() : comma;
            List<Hit> hits = hits(address, lower, segStart, segEnd);
            int nameFrom = segStart;
            AddressUnit unit = null;
            String word = "";
            for (Hit h : hits) {
                addPart(out, address, word, unit, nameFrom, h.start());
                word = address.substring(h.start(), h.end());
                unit = h.unit();
                nameFrom = h.end();
            }
            addPart(out, address, word, unit, nameFrom, segEnd);
            if (comma < 0) {
                break;
            }
            segStart = comma + 1;
        }
        return out;
    }

    private static void addPart(List<Part> out, String address, String word, AddressUnit unit, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(address.charAt(s)) || address.charAt(s) == '-' || address.charAt(s) == '–')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(address.charAt(e - 1)) || address.charAt(e - 1) == '-' || address.charAt(e - 1) == '–')) {
            e--;
        }
        if (e > s) {
            out.add(new Part(word, unit, address.substring(s, e), s));
        }
    }

    private static List<Hit> hits(String address, String lower, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(address.charAt(i - 1));
            Hit hit = null;
            if (wordStart) {
                for (AddressUnit.Entry e : AddressUnit.ENTRIES) {
                    int end = i + e.word().length();
                    if (end <= to && lower.startsWith(e.word(), i) && (end >= address.length() || !Character.isLetter(address.charAt(end)))) {
                        hit = new Hit(i, end, e.word(), e.unit());
                        break;
                    }
                }
                if (hit == null && lower.startsWith("số ", i) && i + 3 < to && Character.isDigit(address.charAt(i + 3))) {
                    hit = new Hit(i, i + 2, "số", AddressUnit.HOUSE);
                }
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The address with each name replaced by its letter from the codebook. */
    static String encode(String address, Codebook book, boolean keepProvince) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Part p : parts(address)) {
            out.append(address, at, p.nameStart());
            out.append(keepProvince && isProvince(p) ? p.name() : book.place(p.name()));
            at = p.nameEnd();
        }
        out.append(address.substring(at));
        return out.toString();
    }

    private static boolean isProvince(Part p) {
        if (p.unit() == AddressUnit.PROVINCE) {
            return true;
        }
        return (p.unit() == null || p.unit() == AddressUnit.DISTRICT) && Places.isProvince(p.name());
    }
}
