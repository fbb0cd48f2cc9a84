package vn.sohoa.app.desktop.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the user chose in Settings, kept in the user's preferences: interface language (from the
 * next start), the folder of trusted root certificates for the viewer, the time-stamping authority.
 */
public record Settings(String language, Optional<Path> trust, String tsaUrl) {

    private static final String NODE = "vn/sohoa/desktop";

    public static Settings load() {
        Preferences p = Preferences.userRoot().node(NODE);
        String trust = p.get("trust", "");
        return new Settings(p.get("language", "vi"), trust.isBlank() ? Optional.empty() : Optional.of(Path.of(trust)),
                p.get("tsa", ""));
    }

    public void save() {
        Preferences p = Preferences.userRoot().node(NODE);
        p.put("language", language);
        p.put("trust", trust.map(Path::toString).orElse(""));
        p.put("tsa", tsaUrl);
        try {
            p.flush();
        } catch (BackingStoreException e) {
            throw new UserProblem(e.getMessage());
        }
    }
}
