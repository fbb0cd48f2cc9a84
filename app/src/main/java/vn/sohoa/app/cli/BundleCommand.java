package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.Version;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.evidence.asic.CaseBundle;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.pipeline.Workstation;

/** {@code sohoa bundle --case NO -o OUT.asice --key SPEC [--tsa URL] [--with-masters]}: the case's ASiC-E evidence bundle. */
@Command(name = "bundle", mixinStandardHelpOptions = true)
final class BundleCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.asice", required = true, descriptionKey = "option.bundle.out")
    private Path out;

    @Option(names = "--key", paramLabel = "SPEC", required = true, descriptionKey = "option.key")
    private String key;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    private Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", descriptionKey = "option.tsa")
    private String tsa;

    @Option(names = "--with-masters", descriptionKey = "option.bundle.masters")
    private boolean withMasters;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        Optional<TsaClient> client = Optional.ofNullable(tsa).map(TsaClient::new);
        try (Workstation ws = root.openWorkstation()) {
            ws.show(number);
            SigningKey signingKey = KeyLoader.load(KeySpec.parse(key), KeyPassword.resolve(Optional.ofNullable(passwordFile), t));
            CaseBundle.Result r = ws.bundle(number, out, signingKey, client, withMasters, Version.current());
            t.say("bundle.done", out, number, r.documents(), r.signedPdfs(), r.masters(), r.custodyEvents(),
                    client.isPresent() ? "B-T" : "B-B");
        }
        return ExitCode.OK;
    }
}
