package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;
import vn.sohoa.anonymize.text.Chars;

/**
 * Digit runs: CCCD and CMND, phones, bank accounts, tax codes, insurance numbers. A run may be split
 * by single spaces, dots, dashes or a stray colon ("0901 234 567", "090.123.4567", "09: 4085001234")
 * and may hold an O read for a 0. What a run is comes from its label ("CCCD số", "số điện thoại",
 * "tài khoản số", "MST", "BHXH") and, without a label, from its structure alone: a CCCD with a known
 * province code and century digit, a phone with a valid prefix. Money ("15.000.000 đồng") and the
 * numbers of documents and land parcels are left alone.
 */
final class NumberDetector implements Detector {

    private static final String D = "[0-9Oo]";
    private static final Pattern RUN = Pattern.compile(
            "(?=[0-9Oo+(])(?<![\\p{L}\\p{N}+/])(\\+84\\s?|\\(\\+84\\)\\s?)?" + D + "(?:" + D + "|[ .\\-](?=" + D + ")|:\\s?(?=" + D + "))*"
                    + "(?![\\p{L}\\p{N}/])");
    /** BHYT card: two letters (beneficiary group), a digit (benefit level), two of province, ten of BHXH. */
    private static final Pattern HEALTH_CARD = Pattern.compile("(?=[A-Z])(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{13}(?![\\p{L}\\p{N}])");
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String raw = text.substring(start, end);
            Finding f = classify(scan, start, end, raw, m.group(1) != null);
            if (f != null && !scan.taken(f.start(), f.end())) {
                out.add(f);
            }
        }
        Matcher card = HEALTH_CARD.matcher(text);
        while (card.find()) {
            if (!scan.taken(card.start(), card.end())) {
                out.add(Finding.of(text, card.start(), card.end(), PiiType.INSURANCE, 0.93, Rule.HEALTH_CARD));
            }
        }
        return out;
    }

    private static Finding classify(Scan scan, int start, int end, String raw, boolean international) {
        StringBuilder b = new StringBuilder();
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c) || c == 'O' || c == 'o') {
                letters += Character.isDigit(c) ? 0 : 1;
                b.append(Chars.foldDigit(c));
            }
        }
        String d = b.toString();
        if (international) {
            d = "0" + d.substring(2);
        }
        if (d.length() < 6 || letters > 3 || letters * 3 > d.length()) {
            return null;
        }
        String lower = scan.lower();
        Labels.Kind label = Labels.before(lower, start);
        boolean amount = Labels.unitAfter(lower, end) || AMOUNT_SHAPE.matcher(raw).matches() && label != Labels.Kind.ACCOUNT
                && label != Labels.Kind.PHONE && label != Labels.Kind.ID;
        if (label == Labels.Kind.MONEY || label == Labels.Kind.OTHER || (amount && label == null)) {
            return null;
        }
        String text = scan.text();
        double noise = letters > 0 ? 0.1 : 0;
        if (label != null) {
            switch (label) {
                case ID -> {
                    if (d.length() == 9 || d.length() == 12) {
                        return Finding.of(text, start, end, PiiType.ID, 0.97 - noise, Rule.ID_LABEL);
                    }
                    if (d.length() >= 8 && d.length() <= 13) {
                        return Finding.of(text, start, end, PiiType.ID, 0.8 - noise, Rule.ID_LABEL);
                    }
                    return null;
                }
                case PHONE -> {
                    if (d.charAt(0) == '0' && d.length() >= 9 && d.length() <= 11) {
                        return Finding.of(text, start, end, PiiType.PHONE, 0.97 - noise, Rule.PHONE_LABEL);
                    }
                    return null;
                }
                case ACCOUNT -> {
                    if (d.length() >= 6 && d.length() <= 19) {
                        return Finding.of(text, start, end, PiiType.ACCOUNT, 0.95 - noise, Rule.ACCOUNT_LABEL);
                    }
                    return null;
                }
                case TAX -> {
                    if (Identifiers.isTaxCode(d.substring(0, Math.min(10, d.length()))) && (d.length() == 10 || d.length() == 13)) {
                        return Finding.of(text, start, end, PiiType.TAXCODE, 0.97 - noise, Rule.TAXCODE_CHECK_DIGIT);
                    }
                    if (d.length() == 10 || d.length() == 12 || d.length() == 13) {
                        return Finding.of(text, start, end, PiiType.TAXCODE, 0.75 - noise, Rule.TAXCODE_LABEL);
                    }
                    return null;
                }
                case INSURANCE -> {
                    if (d.length() == 10 || d.length() == 12) {
                        return Finding.of(text, start, end, PiiType.INSURANCE, 0.95 - noise, Rule.INSURANCE_LABEL);
                    }
                    return null;
                }
                default -> {
                    // passport labels are for letter-and-digits numbers; fall through to structure
                }
            }
        }
        if (Identifiers.isCccd(d)) {
            return Finding.of(text, start, end, PiiType.ID, 0.9 - noise, Rule.CCCD_STRUCTURE);
        }
        if (Identifiers.isMobile(d)) {
            return Finding.of(text, start, end, PiiType.PHONE, 0.88 - noise, Rule.PHONE_MOBILE);
        }
        if (Identifiers.isOldMobile(d)) {
            return Finding.of(text, start, end, PiiType.PHONE, 0.85 - noise, Rule.PHONE_OLD_MOBILE);
        }
        if (Identifiers.isLandline(d)) {
            return Finding.of(text, start, end, PiiType.PHONE, 0.8 - noise, Rule.PHONE_LANDLINE);
        }
        return null;
    }
}
