package vn.sohoa.evidence.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.i18n.SohoaException;

/** Where a key's password or a token's PIN comes from, short of asking: a file, or {@code SOHOA_KEY_PASSWORD}. */
public final class Passwords {

    public static final String ENVIRONMENT_VARIABLE = "SOHOA_KEY_PASSWORD";

    private Passwords() {
    }

    /** The first line of the file if one is named, else the environment variable; empty when neither is there. */
    public static Optional<char[]> find(Optional<Path> file, Map<String, String> environment) {
        if (file.isPresent()) {
            return Optional.of(readFile(file.get()));
        }
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    public static char[] readFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw SohoaException.badInput("key.passwordFile", file.toString());
        }
    }
}
