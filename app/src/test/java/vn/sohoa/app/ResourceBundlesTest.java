package vn.sohoa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every sentence exists once, in Vietnamese and in English. Parallel branches append to these
 * files (merged as unions), so a key written twice would silently take the later text.
 */
class ResourceBundlesTest {

    static final List<String> BUNDLES = List.of("vn/sohoa/i18n/messages", "vn/sohoa/app/cli/cli",
            "vn/sohoa/app/desktop/desktop");

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : BUNDLES) {
            for (String suffix : List.of("", "_vi")) {
                List<String> keys = keys(bundle + suffix + ".properties");
                Set<String> seen = new TreeSet<>();
                List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
                assertThat(twice).as(bundle + suffix).isEmpty();
            }
        }
    }

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
            Set<String> vietnamese = new TreeSet<>(load(bundle + "_vi.properties").stringPropertyNames());
            assertThat(vietnamese).as(bundle + ": Vietnamese keys").containsExactlyInAnyOrderElementsOf(english);
        }
    }

    private static List<String> keys(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = ResourceBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String previous = "";
            for (String line : text.split("\n")) {
                boolean continued = previous.endsWith("\\");
                previous = line;
                String trimmed = line.strip();
                if (continued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                keys.add((eq < 0 ? trimmed : trimmed.substring(0, eq)).strip());
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ResourceBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
