package vn.sohoa.evidence.keys;

import java.nio.file.Path;
import java.util.OptionalInt;

import vn.sohoa.i18n.SohoaException;

/**
 * Where a signing key lives: {@code p12:PATH} (a PKCS#12 file) or {@code pkcs11:LIBRARY:SLOT} (a
 * token through SunPKCS11; SLOT is the slot id, or {@code #N} for the N-th slot of the library's list).
 */
public sealed interface KeySpec {

    record P12(Path file) implements KeySpec {
    }

    record Pkcs11(Path library, OptionalInt slotId, OptionalInt slotIndex) implements KeySpec {
    }

    static KeySpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw SohoaException.badInput("key.spec", String.valueOf(text));
        }
        if (text.startsWith("p12:") && text.length() > 4) {
            return new P12(Path.of(text.substring(4)));
        }
        if (text.startsWith("pkcs11:")) {
            String rest = text.substring(7);
            int colon = rest.lastIndexOf(':');
            if (colon > 0 && colon < rest.length() - 1) {
                String slot = rest.substring(colon + 1);
                Path library = Path.of(rest.substring(0, colon));
                try {
                    if (slot.startsWith("#")) {
                        return new Pkcs11(library, OptionalInt.empty(), OptionalInt.of(Integer.parseInt(slot.substring(1))));
                    }
                    return new Pkcs11(library, OptionalInt.of(Integer.parseUnsignedInt(slot)), OptionalInt.empty());
                } catch (NumberFormatException e) {
                    throw SohoaException.badInput("key.spec", text);
                }
            }
        }
        throw SohoaException.badInput("key.spec", text);
    }
}
