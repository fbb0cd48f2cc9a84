package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.evidence.verify.Verifier;

/** {@code sohoa verify FILE [--trust DIR] [--json]}: offline; exit 0 intact and trusted, 1 not, 2 unusable input. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "FILE", descriptionKey = "param.verify.file")
    private Path file;

    @Option(names = "--trust", paramLabel = "DIR", descriptionKey = "option.trust")
    private Path trust;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        TrustAnchors anchors = trust == null ? TrustAnchors.none() : TrustAnchors.load(trust);
        ValidationReport report = Verifier.verify(file, anchors);
        if (json) {
            Json.print(t.out(), VerifyJson.of(report, t.locale()));
        } else {
            new VerifyText(t).print(report);
        }
        return report.status().acceptable() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
