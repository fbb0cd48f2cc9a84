package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The SQLite FTS5 index over the OCR text of pages, diacritic-insensitive (see {@link TextFolding}). */
public final class FullTextIndex {

    private static final int SNIPPET_CONTEXT = 40;

    private final Database db;

    FullTextIndex(Database db) {
        this.db = db;
    }

    /** Puts (or replaces) the text of a page in the index. */
    public void index(long pageId, String text) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM page_text WHERE page_id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO page_text(folded, original, page_id) VALUES (?, ?, ?)")) {
                del.setLong(1, pageId);
                del.executeUpdate();
                String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
                ins.setString(1, TextFolding.fold(nfc));
                ins.setString(2, nfc);
                ins.setLong(3, pageId);
                ins.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The pages holding every word of the query (in any order, diacritics and case ignored), best
     * matches first, at most {@code limit}.
     */
    public List<SearchHit> search(String query, int limit) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder match = new StringBuilder();
        for (String term : terms) {
            match.append(match.isEmpty() ? "" : " ").append('"').append(term).append('"');
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT cf.number, d.ordinal, d.title, p.sequence, p.id, t.original, t.folded "
                            + "FROM page_text t JOIN page p ON p.id = t.page_id JOIN document d ON d.id = p.document_id "
                            + "JOIN case_file cf ON cf.id = d.case_id WHERE page_text MATCH ? ORDER BY rank, p.id LIMIT ?")) {
                ps.setString(1, match.toString());
                ps.setInt(2, limit);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SearchHit(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                                snippet(rs.getString(6), rs.getString(7), terms.getFirst())));
                    }
                }
                return hits;
            }
        });
    }

    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : TextFolding.fold(query).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms;
    }

    private static String snippet(String original, String folded, String term) {
        int at = folded.indexOf(term);
        if (at < 0 || original.length() != folded.length()) {
            at = 0;
        }
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(original.length(), at + term.length() + SNIPPET_CONTEXT);
        return (from > 0 ? "…" : "") + original.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < original.length() ? "…" : "");
    }
}
