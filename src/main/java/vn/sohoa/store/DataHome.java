package vn.sohoa.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds one workstation's catalog and blobs. Chosen by {@code --home DIR}, else
 * {@code SOHOA_HOME}, else the platform's application-data folder.
 */
public record DataHome(Path root) {

    public static DataHome resolve(Optional<Path> option, Map<String, String> env, String osName, Path userHome) {
        if (option.isPresent()) {
            return new DataHome(option.get().toAbsolutePath());
        }
        String fromEnv = env.get("SOHOA_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataHome(Path.of(fromEnv).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData").resolve("Local").toString());
            return new DataHome(Path.of(local, "SoHoa"));
        }
        if (os.contains("mac")) {
            return new DataHome(userHome.resolve("Library").resolve("Application Support").resolve("SoHoa"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new DataHome(base.resolve("sohoa"));
    }

    /** The home this process would use with no {@code --home} option. */
    public static DataHome fromEnvironment(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path catalogFile() {
        return root.resolve("catalog.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }
}
