package vn.sohoa.app.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.i18n.Messages;

/**
 * What the desktop was started with: {@code --home=DIR}, {@code --trust=DIR} (trusted roots for the
 * viewer), {@code --lang=vi|en}, and an evidence file to open ({@code sohoa FILE.asice}).
 */
public record DesktopOptions(Optional<Path> home, Optional<Path> trust, Locale locale, Optional<Path> open) {

    public static DesktopOptions parse(Map<String, String> named, List<String> unnamed) {
        Optional<Path> home = Optional.ofNullable(named.get("home")).map(Path::of);
        Optional<Path> trust = Optional.ofNullable(named.get("trust")).map(Path::of);
        String language = named.getOrDefault("lang", System.getProperty("sohoa.lang"));
        if (language == null) {
            language = vn.sohoa.app.desktop.model.Settings.load().language();
        }
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Messages.VIETNAMESE;
        Optional<Path> open = unnamed.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of);
        return new DesktopOptions(home, trust, locale, open);
    }

    /** From raw arguments, as JavaFX splits them: {@code --name=value} is named, anything else unnamed. */
    public static DesktopOptions parse(List<String> raw) {
        Map<String, String> named = new java.util.HashMap<>();
        List<String> unnamed = new java.util.ArrayList<>();
        for (String a : raw) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                named.put(a.substring(2, eq), a.substring(eq + 1));
            } else {
                unnamed.add(a);
            }
        }
        return parse(named, unnamed);
    }

    /** True when the command line names an evidence file for the viewer rather than a command. */
    public static boolean namesEvidenceFile(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        return (name.endsWith(".asice") || name.endsWith(".sce") || name.endsWith(".pdf"))
                && java.nio.file.Files.isRegularFile(Path.of(args[0]));
    }
}
