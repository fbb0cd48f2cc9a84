package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.revocation.SignerCheck;
import vn.sohoa.evidence.timestamp.TsaClient;

/** The options every signing command takes: the key, where its password comes from, and a time-stamping authority. */
final class SigningOptions {

    @Option(names = "--key", paramLabel = "SPEC", required = true, descriptionKey = "option.key")
    private String key;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    private Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", descriptionKey = "option.tsa")
    private String tsa;

    /** Loads the key, asking for its password or PIN as {@link KeyPassword} says. */
    SigningKey load(Terminal terminal) {
        return KeyLoader.load(KeySpec.parse(key), KeyPassword.resolve(Optional.ofNullable(passwordFile), terminal));
    }

    /**
     * Checks the signer's certificate status before signing (Nghị định 23/2025/NĐ-CP): a revoked
     * certificate stops the command with the reason; when nothing answers, signing goes on and says so.
     */
    void checkSigner(SigningKey key, Terminal terminal) {
        report(new RevocationSources().beforeSigning(key.chain()), terminal);
    }

    static void report(SignerCheck check, Terminal terminal) {
        switch (check) {
            case SignerCheck.Confirmed c -> terminal.say("sign.statusConfirmed", c.sources());
            case SignerCheck.NotChecked n -> terminal.say("sign.statusNotChecked", n.why().render(terminal.locale()));
        }
    }

    Optional<TsaClient> tsaClient() {
        return Optional.ofNullable(tsa).map(TsaClient::new);
    }

    String tsaUrl() {
        return tsa;
    }
}
