package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.Version;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.evidence.asic.CaseBundle;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.pipeline.Workstation;

/** {@code sohoa bundle --case NO -o OUT.asice --key SPEC [--tsa URL] [--with-masters]}: the case's ASiC-E evidence bundle. */
@Command(name = "bundle", mixinStandardHelpOptions = true)
final class BundleCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Mixin
    private SigningOptions signing;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.asice", required = true, descriptionKey = "option.bundle.out")
    private Path out;

    @Option(names = "--with-masters", descriptionKey = "option.bundle.masters")
    private boolean withMasters;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        Optional<TsaClient> client = signing.tsaClient();
        try (Workstation ws = root.openWorkstation()) {
            ws.show(number);
            SigningKey signingKey = signing.load(t);
            signing.checkSigner(signingKey, t);
            CaseBundle.Result r = ws.bundle(number, out, signingKey, client, withMasters, Version.current());
            t.say("bundle.done", out, number, r.documents(), r.signedPdfs(), r.masters(), r.custodyEvents(),
                    client.isPresent() ? "B-T" : "B-B");
        }
        return ExitCode.OK;
    }
}
