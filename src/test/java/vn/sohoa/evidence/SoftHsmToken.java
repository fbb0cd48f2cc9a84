package vn.sohoa.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Pkcs11Token;
import vn.sohoa.evidence.keys.SigningKey;

/**
 * A real PKCS#11 token: SoftHSM2 (Debian softhsm2), initialised once per test JVM in the folder
 * that SOFTHSM2_CONF (set by surefire) names, with the demo clerk's key and certificate chain
 * written onto it under one CKA_ID, as a CA's USB token holds them.
 */
public final class SoftHsmToken {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String PIN = "246810";

    private static SoftHsmToken instance;

    public final KeySpec.Pkcs11 spec;
    public final String specText;

    private SoftHsmToken(KeySpec.Pkcs11 spec, String specText) {
        this.spec = spec;
        this.specText = specText;
    }

    public static synchronized SoftHsmToken get() {
        if (instance == null) {
            try {
                instance = initialise(EvidenceFixture.get().clerk);
            } catch (Exception e) {
                throw new IllegalStateException("cannot initialise the SoftHSM2 token", e);
            }
        }
        return instance;
    }

    private static SoftHsmToken initialise(SigningKey clerk) throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set; run the tests through Maven");
        }
        Path confFile = Path.of(conf);
        Path tokens = confFile.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> all = Files.walk(tokens)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        String output = run("softhsm2-util", "--init-token", "--free", "--label", "sohoa-clerk", "--so-pin", "13579135",
                "--pin", PIN);
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("softhsm2-util said: " + output);
        }
        int slot = Integer.parseUnsignedInt(m.group(1));
        KeySpec.Pkcs11 spec = new KeySpec.Pkcs11(LIBRARY, OptionalInt.of(slot), OptionalInt.empty());
        KeyStore store = KeyStore.getInstance("PKCS11", Pkcs11Token.provider(spec));
        store.load(null, PIN.toCharArray());
        store.setKeyEntry("clerk", clerk.privateKey(), null, clerk.chain().toArray(X509Certificate[]::new));
        return new SoftHsmToken(spec, "pkcs11:" + LIBRARY + ":" + Integer.toUnsignedString(slot));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
