package vn.sohoa.anonymize.detect;

import java.util.List;

import vn.sohoa.anonymize.lexicon.Roles;
import vn.sohoa.anonymize.text.Chars;

/**
 * What stands before a name: a participant's role ("bị cáo", "nguyên đơn:", "con ông"), an
 * official's role ("Thẩm phán:", "Kiểm sát viên"), an honorific ("ông", "chị", "cháu"), or nothing;
 * and which kind of role governs the clause the name stands in ("Các Hội thẩm nhân dân: Bà X và
 * Ông Y" makes both officials).
 */
enum Cue {
    PARTY, OFFICIAL, HONORIFIC, PLACE, NONE;

    /** Words after which a name is a street, a school, a bridge…, named after someone: "đường Nguyễn Văn Cừ". */
    private static final List<String> PLACE_WORDS = List.of("đường", "phố", "ngõ", "hẻm", "kiệt", "ngách", "đại lộ", "quốc lộ",
            "cầu", "chợ", "chùa", "đình", "đền", "trường", "thpt", "thcs", "tiểu học", "bệnh viện", "công viên", "bến", "bến xe",
            "khu đô thị", "chung cư", "tòa nhà", "xã", "phường", "huyện", "quận", "tỉnh", "thị trấn", "thị xã", "thành phố",
            "ấp", "thôn", "xóm", "khóm", "bản", "làng", "lăng", "tượng đài", "tư tưởng", "nhà văn hóa", "cầu vượt",
            "cây cầu");

    /** Verbs that end in a place word: "yêu cầu Đạt", "đề nghị". */
    private static final List<String> NOT_PLACE = List.of("yêu cầu", "nhu cầu", "đề cầu", "thỉnh cầu", "khẩn cầu", "cầu xin");

    /** The cue right before {@code at}, on the same line, across spaces, colons and dashes. */
    static Cue before(String lower, int at) {
        int i = at;
        int lineStart = Chars.lineStart(lower, at);
        while (i > lineStart && " \t:-–,\u00A0".indexOf(lower.charAt(i - 1)) >= 0) {
            i--;
        }
        if (endsWithAny(lower, i, Roles.OFFICIAL)) {
            return OFFICIAL;
        }
        if (endsWithAny(lower, i, Roles.PARTY)) {
            return PARTY;
        }
        if (endsWithAny(lower, i, Roles.HONORIFIC)) {
            return HONORIFIC;
        }
        if (i == at - 1 && endsWithAny(lower, i, PLACE_WORDS) && !endsWithAny(lower, i, NOT_PLACE)) {
            return PLACE;
        }
        return NONE;
    }

    /** The kind of the last role phrase in the clause before {@code at} (since the line start, a ';' or a '. '). */
    static Cue clause(String lower, int at) {
        int from = Chars.lineStart(lower, at);
        for (int i = at - 1; i > from; i--) {
            char c = lower.charAt(i);
            if (c == ';' || c == '.' && i + 1 < lower.length() && lower.charAt(i + 1) == ' ') {
                from = i + 1;
                break;
            }
        }
        for (int i = at - 1; i >= from; i--) {
            if (i > 0 && Chars.isWordChar(lower.charAt(i - 1))) {
                continue;
            }
            if (startsWithAny(lower, i, at, Roles.OFFICIAL)) {
                return OFFICIAL;
            }
            if (startsWithAny(lower, i, at, Roles.PARTY)) {
                return PARTY;
            }
        }
        return NONE;
    }

    /** "Họ và tên:", "Họ tên", "tên là" right before {@code at}: a form's name field. */
    static boolean nameLabelBefore(String lower, int at) {
        int i = at;
        int lineStart = Chars.lineStart(lower, at);
        while (i > lineStart && " \t:\u00A0".indexOf(lower.charAt(i - 1)) >= 0) {
            i--;
        }
        return endsWithAny(lower, i, NAME_LABELS);
    }

    private static final List<String> NAME_LABELS = List.of("họ và tên", "họ tên", "tên là", "họ và tên người khởi kiện",
            "họ và tên người bị kiện", "họ, tên", "tên gọi khác", "tên thường gọi", "bí danh");

    /** An official's role right after a name: "Ông Trần Minh Sơn - Kiểm sát viên". */
    static boolean officialAfter(String lower, int end) {
        int i = end;
        int lineEnd = Chars.lineEnd(lower, end);
        while (i < lineEnd && " \t-–,(\u00A0".indexOf(lower.charAt(i)) >= 0) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (String r : Roles.OFFICIAL) {
            if (Chars.wordAt(lower, i, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String lower, int end, List<String> phrases) {
        for (String p : phrases) {
            int s = end - p.length();
            if (s >= 0 && Chars.wordAt(lower, s, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String lower, int i, int limit, List<String> phrases) {
        for (String p : phrases) {
            if (i + p.length() <= limit && Chars.wordAt(lower, i, p)) {
                return true;
            }
        }
        return false;
    }
}
