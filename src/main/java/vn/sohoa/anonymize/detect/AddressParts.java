package vn.sohoa.anonymize.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.lexicon.AddressUnit;
import vn.sohoa.anonymize.lexicon.Places;
import vn.sohoa.anonymize.text.Chars;

/**
 * Reads one part of an address at a position: a unit word and its name ("ấp Phú Hòa", "khóm 3",
 * "phường 5", "đường 30/4", "số 12/3"), or a bare place name that is a province.
 */
final class AddressParts {

    /** One part: its extent, its unit (null for a bare name), and where its name is. */
    record Part(int start, int end, AddressUnit unit, int nameStart, int nameEnd) {
        int level() {
            return unit == null ? AddressUnit.PROVINCE.level() : unit.level();
        }
    }

    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]*(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)?";
    private static final Pattern NAME = Pattern.compile(
            "(?:số\\s)?\\d+[A-Za-z]?(?:[/\\-]\\d+[A-Za-z]?)*(?:[ \\u00A0](?:" + WORD + "|\\d+(?![/.,]\\d)))*"
                    + "|" + WORD + "(?:[ \\u00A0](?:" + WORD + "|\\d+[A-Z]?))*(?:[ \\u00A0]?[-–][ \\u00A0]?" + WORD
                    + "(?:[ \\u00A0]" + WORD + ")*)?");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?iu:số nhà|nhà số|số)[ \\u00A0]\\d+[A-Za-z]?(?:[/\\-]\\d+[A-Za-z]?)*");

    private final String text;
    private final String lower;
    private final Matcher name;
    private final Matcher house;

    AddressParts(String text, String lower) {
        this.text = text;
        this.lower = lower;
        this.name = NAME.matcher(text);
        this.house = HOUSE_NUMBER.matcher(text);
    }

    /** A unit word and its name at {@code at}, or null. */
    Part unitPart(int at) {
        if (at >= text.length() || at > 0 && Chars.isWordChar(text.charAt(at - 1))) {
            return null;
        }
        for (AddressUnit.Entry e : AddressUnit.ENTRIES) {
            String w = e.word();
            if (!lower.startsWith(w, at)) {
                continue;
            }
            int end = at + w.length();
            String written = text.substring(at, end);
            if (Chars.isAllCaps(written) && written.length() > 3 && !w.startsWith("tp")) {
                continue; // headings in capitals are titles, not addresses
            }
            int nameAt = end;
            if (nameAt < text.length() && (text.charAt(nameAt) == ' ' || text.charAt(nameAt) == '\u00A0')) {
                nameAt++;
            } else if (!w.endsWith(".")) {
                continue;
            }
            Matcher m = name.region(nameAt, text.length());
            if (!m.lookingAt() || m.end() == nameAt) {
                continue;
            }
            int nameEnd = trimName(text, nameAt, m.end());
            if (nameEnd <= nameAt) {
                continue;
            }
            AddressUnit unit = e.unit();
            if (unit == AddressUnit.DISTRICT && w.startsWith("th") && w.equals("thành phố")
                    && Places.isProvince(text.substring(nameAt, nameEnd))) {
                unit = AddressUnit.PROVINCE;
            }
            if (w.startsWith("tp") && Places.isProvince(text.substring(nameAt, nameEnd))) {
                unit = AddressUnit.PROVINCE;
            }
            return new Part(at, nameEnd, unit, nameAt, nameEnd);
        }
        if (!lower.startsWith("số", at) && !lower.startsWith("nhà số", at)) {
            return null;
        }
        Matcher h = house.region(at, text.length());
        if (h.lookingAt()) {
            int numberAt = text.indexOf(' ', at) + 1;
            return new Part(at, h.end(), AddressUnit.HOUSE, numberAt, h.end());
        }
        return null;
    }

    /** A capitalised name at {@code at} (no unit word), or null. */
    Part barePart(int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at)) && !Character.isDigit(text.charAt(at))) {
            return null;
        }
        Matcher m = name.region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int end = trimName(text, at, m.end());
        return end > at ? new Part(at, end, null, at, end) : null;
    }

    /** Stops a name before the capitalised word that opens the next sentence or a new unit. */
    private static int trimName(String text, int start, int end) {
        int i = start;
        int lastGood = start;
        while (i < end) {
            int j = i;
            while (j < end && text.charAt(j) != ' ' && text.charAt(j) != '\u00A0') {
                j++;
            }
            String word = text.substring(i, j);
            if (i > start && isUnitWordTitle(word)) {
                break;
            }
            lastGood = j;
            i = j + 1;
        }
        return lastGood;
    }

    private static boolean isUnitWordTitle(String word) {
        String w = Chars.lower(word);
        return switch (w) {
            case "xã", "phường", "huyện", "quận", "tỉnh", "ấp", "thôn", "xóm", "khóm", "khối", "tổ" -> true;
            default -> false;
        };
    }
}
