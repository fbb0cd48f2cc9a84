package vn.sohoa.evidence.keys;

import java.nio.file.Files;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.sohoa.i18n.SohoaException;

/**
 * One SunPKCS11 provider per token (library and slot), configured once and kept: a PKCS#11 library
 * is initialised once per process.
 */
public final class Pkcs11Token {

    private static final Map<String, Provider> PROVIDERS = new ConcurrentHashMap<>();

    private Pkcs11Token() {
    }

    public static Provider provider(KeySpec.Pkcs11 spec) {
        if (!Files.isRegularFile(spec.library())) {
            throw SohoaException.badInput("key.library", spec.library().toString());
        }
        String slot = spec.slotId().isPresent()
                ? "slot = " + Integer.toUnsignedString(spec.slotId().getAsInt())
                : "slotListIndex = " + spec.slotIndex().orElse(0);
        String config = "name = SoHoa" + Integer.toHexString((spec.library() + slot).hashCode()) + "\n"
                + "library = " + spec.library().toAbsolutePath() + "\n" + slot + "\n";
        return PROVIDERS.computeIfAbsent(config, c -> {
            Provider base = Security.getProvider("SunPKCS11");
            try {
                return base.configure("--" + c);
            } catch (RuntimeException e) {
                throw SohoaException.badInput("key.token", spec.library().toString(), slot);
            }
        });
    }
}
