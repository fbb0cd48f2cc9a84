package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;

import vn.sohoa.anonymize.detect.AddressParts.Part;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;
import vn.sohoa.anonymize.lexicon.AddressUnit;
import vn.sohoa.anonymize.lexicon.Places;
import vn.sohoa.anonymize.text.Chars;

/**
 * Addresses (Nghị định 356/2025/NĐ-CP Điều 3 k4: birthplace, residence, home town, contact address)
 * as chains of parts, from the house number and street down through hamlet, commune, the district
 * level that files before 01/7/2025 have, to the province: "số 297 đường Mạc Đĩnh Chi, ấp Sa Bang,
 * xã Đại Hải, huyện Châu Thành, tỉnh Sóc Trăng". Both the 63-province and the 34-province maps are
 * read the same way, since the unit words did not change. A chain after a residence label ("địa
 * chỉ", "nơi cư trú", "trú tại", "quê quán") is an address as soon as it goes below the province; a
 * chain with no label needs two parts, one of them a commune or below. A province alone is kept
 * (CV 144/TANDTC-PC lets the province stay), and public bodies' names are never addresses.
 */
final class AddressDetector implements Detector {

    private static final List<String> LABELS = List.of(
            "địa chỉ", "nơi cư trú", "cư trú", "trú tại", "trú", "thường trú", "tạm trú", "hktt", "đktt", "nơi ở",
            "chỗ ở", "quê quán", "nguyên quán", "nơi sinh", "sinh tại", "nơi đăng ký khai sinh", "sống tại", "ở tại",
            "đến nhà", "tại nhà", "nhà ở", "trụ sở", "địa điểm", "ở");

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        String lower = scan.lower();
        List<Finding> out = new ArrayList<>();
        java.util.BitSet labelEnds = labelEnds(lower);
        AddressParts parts = new AddressParts(text, lower);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || i > 0 && Chars.isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Part first = Character.isLetter(c) ? parts.unitPart(i) : null;
            boolean labelled = labelEnds.get(i);
            if (first == null && labelled) {
                first = parts.barePart(i);
                if (first != null && !Places.isProvince(text.substring(first.start(), first.end()))) {
                    Part next = nextPart(parts, text, first.end());
                    if (next == null) {
                        first = null;
                    }
                }
            }
            if (first == null || scan.kept(first.start(), first.end())) {
                i++;
                continue;
            }
            List<Part> chain = chain(scan, parts, first);
            int end = chain.getLast().end();
            if (accept(chain, labelled) && !scan.taken(first.start(), end)) {
                out.add(Finding.of(text, first.start(), end, PiiType.ADDRESS, labelled ? 0.95 : 0.85,
                        labelled ? Rule.ADDRESS_LABEL : Rule.ADDRESS_UNITS));
            }
            i = end;
        }
        return out;
    }

    private static List<Part> chain(Scan scan, AddressParts parts, Part first) {
        String text = scan.text();
        List<Part> chain = new ArrayList<>();
        chain.add(first);
        Part last = first;
        while (true) {
            Part next = nextPart(parts, text, last.end());
            if (next == null || scan.kept(next.start(), next.end())) {
                break;
            }
            if (next.unit() == null) {
                String name = text.substring(next.start(), next.end());
                boolean province = Places.isProvince(name);
                Part after = nextPart(parts, text, next.end());
                if (!province && (after == null || after.unit() == null && !Places.isProvince(text.substring(after.start(), after.end())))) {
                    break;
                }
            }
            chain.add(next);
            last = next;
        }
        return chain;
    }

    /** The part after a separator (", ", " - ", or a space after a house number), or null. */
    private static Part nextPart(AddressParts parts, String text, int from) {
        int i = from;
        boolean comma = false;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '\u00A0'
                || text.charAt(i) == '-' || text.charAt(i) == '–')) {
            comma |= text.charAt(i) != ' ' && text.charAt(i) != '\u00A0';
            i++;
        }
        if (i == from || i >= text.length()) {
            return null;
        }
        Part unit = parts.unitPart(i);
        if (unit != null) {
            return unit;
        }
        return comma ? parts.barePart(i) : null;
    }

    private static boolean accept(List<Part> chain, boolean labelled) {
        int min = chain.stream().mapToInt(Part::level).min().orElse(AddressUnit.PROVINCE.level());
        if (labelled) {
            return min < AddressUnit.PROVINCE.level();
        }
        return chain.size() >= 2 && min <= AddressUnit.COMMUNE.level();
    }

    /** Offsets right after a residence label and its colon or spaces ("Địa chỉ: |", "trú tại |"). */
    private static java.util.BitSet labelEnds(String lower) {
        java.util.BitSet ends = new java.util.BitSet();
        for (String l : LABELS) {
            for (int at = lower.indexOf(l); at >= 0; at = lower.indexOf(l, at + 1)) {
                if (!Chars.wordAt(lower, at, l)) {
                    continue;
                }
                int i = at + l.length();
                int j = i;
                while (j < lower.length() && (lower.charAt(j) == ' ' || lower.charAt(j) == ':' || lower.charAt(j) == '\t')) {
                    j++;
                }
                if (j > i) {
                    ends.set(j);
                }
            }
        }
        for (int at = lower.indexOf("tại "); at >= 0; at = lower.indexOf("tại ", at + 1)) {
            String before = lower.substring(Math.max(0, at - 12), at);
            if (Chars.wordAt(lower, at, "tại") && (before.contains("nhà") || before.contains("sống") || before.contains("ở "))) {
                ends.set(at + 4);
            }
        }
        return ends;
    }
}
