package vn.sohoa.anonymize.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Vietnamese family names with their share of the population ({@code surnames.tsv}). A name that
 * starts with a frequent family name is more likely a person; the share becomes part of the
 * confidence of a name found without any role word.
 */
public final class Surnames {

    private static final Map<String, Double> SHARE = load();

    private Surnames() {
    }

    public static boolean contains(String word) {
        return SHARE.containsKey(word);
    }

    /** Share in percent, 0 when unknown. */
    public static double share(String word) {
        return SHARE.getOrDefault(word, 0.0);
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = Surnames.class.getResourceAsStream("/vn/sohoa/anonymize/lexicon/surnames.tsv")) {
            if (in == null) {
                throw new IllegalStateException("surnames.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String name = parts[0].strip();
                if (!name.contains(" ")) {
                    m.merge(name, Double.parseDouble(parts[1].strip()), Math::max);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
