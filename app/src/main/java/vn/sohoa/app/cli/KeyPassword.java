package vn.sohoa.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;

import vn.sohoa.evidence.keys.Passwords;
import vn.sohoa.i18n.SohoaException;

/** A key's password or a token's PIN: from --password-file, else SOHOA_KEY_PASSWORD, else asked on the terminal. */
final class KeyPassword {

    private KeyPassword() {
    }

    static char[] resolve(Optional<Path> file, Terminal terminal) {
        Optional<char[]> found = Passwords.find(file, System.getenv());
        if (found.isPresent()) {
            return found.get();
        }
        Console console = System.console();
        if (console != null && console.isTerminal()) {
            char[] typed = console.readPassword("%s", terminal.text("key.prompt"));
            if (typed != null) {
                return typed;
            }
        }
        throw SohoaException.badInput("key.noPassword");
    }
}
