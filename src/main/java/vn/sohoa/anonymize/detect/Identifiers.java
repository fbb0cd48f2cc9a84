package vn.sohoa.anonymize.detect;

import java.time.Year;
import java.util.Set;

/**
 * Structure checks of Vietnamese identifiers (domain/vietnam.md §3): the CCCD (Nghị định 137/2015
 * Điều 13: province code of birth registration, century-and-sex digit, year of birth, 6 random
 * digits, no check digit), phone numbers after the 2018 renumbering and before it, landlines after
 * QĐ 2036/QĐ-BTTTT, and the tax code's mod-11 check digit.
 */
final class Identifiers {

    /** Province codes 001–096 of Thông tư 07/2016/TT-BCA Phụ lục 1 (the old GSO codes with a 0 in front). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
            "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
            "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
            "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private Identifiers() {
    }

    /** 12 digits: known province code, a century digit 0–3 and a birth year not in the future. */
    static boolean isCccd(String d) {
        if (d.length() != 12 || !PROVINCE_CODES.contains(d.substring(0, 3))) {
            return false;
        }
        int century = d.charAt(3) - '0';
        if (century > 3) {
            return false;
        }
        int year = 1900 + (century / 2) * 100 + Integer.parseInt(d.substring(4, 6));
        return year <= Year.now().getValue();
    }

    /** 10-digit mobile: 03x, 05x, 07x, 08x, 09x. */
    static boolean isMobile(String d) {
        return d.length() == 10 && d.charAt(0) == '0' && "35789".indexOf(d.charAt(1)) >= 0;
    }

    /** 11-digit mobiles of before 2018: 012x, 016x, 018x, 0199. */
    static boolean isOldMobile(String d) {
        return d.length() == 11 && d.startsWith("01") && "2689".indexOf(d.charAt(2)) >= 0;
    }

    /** Landlines since 2017: 0 + area code 2xx (024 Hà Nội, 028 HCM) + subscriber, 11 digits. */
    static boolean isLandline(String d) {
        return d.length() == 11 && d.startsWith("02");
    }

    /** Mã số thuế: 10 digits with the mod-11 check digit (TT 86/2024/TT-BTC), remainder 0 read as check 0. */
    static boolean isTaxCode(String d) {
        if (d.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * TAX_WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        if (check == 10) {
            check = 0;
        } else if (check == 11) {
            check = 0;
        }
        return check == d.charAt(9) - '0';
    }

    /** Luhn check of card numbers. */
    static boolean luhn(String d) {
        int sum = 0;
        boolean dbl = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int v = d.charAt(i) - '0';
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
