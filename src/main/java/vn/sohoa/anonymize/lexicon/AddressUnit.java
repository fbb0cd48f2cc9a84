package vn.sohoa.anonymize.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words that open a part of a Vietnamese address, with their level: street and house number,
 * hamlet (ấp, thôn, xóm, khóm, tổ, khu phố, bản, buôn, làng, sóc), commune (xã, phường, thị trấn, and
 * the đặc khu of 2025), the district level that files before 01/7/2025 have (quận, huyện, thị xã),
 * and province. "thành phố" is a province or a district depending on the name after it.
 */
public enum AddressUnit {
    HOUSE(0, "số nhà", "nhà số", "căn hộ", "phòng", "lô"),
    STREET(1, "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "quốc lộ", "tỉnh lộ", "đại lộ"),
    HAMLET(2, "khu công nghiệp", "khu chế xuất", "khu đô thị", "khu tập thể", "khu kinh tế", "cụm công nghiệp", "tổ dân phố", "khu dân cư", "khu phố", "khu vực", "tiểu khu", "khối", "tổ", "khóm", "ấp", "thôn", "xóm", "bản", "buôn",
            "làng", "plei", "sóc", "khu", "cụm"),
    COMMUNE(3, "thị trấn", "đặc khu", "xã", "phường"),
    DISTRICT(4, "thị xã", "quận", "huyện", "thành phố", "tp.", "tp"),
    PROVINCE(5, "tỉnh");

    private final int level;
    private final List<String> words;

    AddressUnit(int level, String... words) {
        this.level = level;
        this.words = List.of(words);
    }

    public int level() {
        return level;
    }

    public List<String> words() {
        return words;
    }

    /** Every unit word, longest first, with its unit. */
    public static final List<Entry> ENTRIES = Stream.of(values())
            .flatMap(u -> u.words.stream().map(w -> new Entry(w, u)))
            .sorted(Comparator.comparingInt((Entry e) -> e.word().length()).reversed())
            .toList();

    public record Entry(String word, AddressUnit unit) {
    }
}
