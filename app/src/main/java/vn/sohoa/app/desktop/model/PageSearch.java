package vn.sohoa.app.desktop.model;

import java.util.Arrays;
import java.util.List;

import vn.sohoa.store.TextFolding;

/** Finds pages holding every word of a query, ignoring case and diacritics (đ as d), as the catalog's search does. */
public final class PageSearch {

    private static final int AROUND = 40;

    private PageSearch() {
    }

    public static List<SearchMatch> find(List<BundlePage> pages, String query) {
        List<String> words = Arrays.stream(TextFolding.fold(query).split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return pages.stream().map(p -> match(p, words)).flatMap(java.util.Optional::stream).toList();
    }

    private static java.util.Optional<SearchMatch> match(BundlePage page, List<String> words) {
        // Folding keeps NFC text aligned character for character, so the snippet is cut where the match is.
        String text = java.text.Normalizer.normalize(page.text(), java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        String folded = TextFolding.fold(text);
        for (String w : words) {
            if (!folded.contains(w)) {
                return java.util.Optional.empty();
            }
        }
        int at = Math.max(0, folded.indexOf(words.getFirst()));
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + words.getFirst().length() + AROUND);
        return java.util.Optional.of(new SearchMatch(page, (from > 0 ? "…" : "") + text.substring(from, to).strip()
                + (to < text.length() ? "…" : "")));
    }
}
