package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.evidence.trust.ChainCheck;
import vn.sohoa.pipeline.DocumentSignature;
import vn.sohoa.pipeline.Workstation;

/**
 * {@code sohoa sign IN.pdf -o OUT.pdf --key SPEC [--tsa URL]}: a PAdES signature, B-B offline or B-T
 * with a TSA; {@code sohoa sign --case NO --document N ...} signs a document of the catalog instead.
 * The signer's certificate status is checked first when the network allows.
 */
@Command(name = "sign", mixinStandardHelpOptions = true)
final class SignCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Mixin
    private SigningOptions signing;

    @Parameters(paramLabel = "IN.pdf", arity = "0..1", descriptionKey = "param.sign.in")
    private Path in;

    @Option(names = "--case", paramLabel = "NO", descriptionKey = "option.sign.case")
    private String caseNumber;

    @Option(names = "--document", paramLabel = "N", descriptionKey = "option.sign.document")
    private Integer document;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.sign.out")
    private Path out;

    @Option(names = "--timestamp-only", descriptionKey = "option.sign.timestampOnly")
    private boolean timestampOnly;

    @Option(names = "--ltv", descriptionKey = "option.sign.ltv")
    private boolean ltv;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "option.sign.reason")
    private String reason;

    @Option(names = "--location", paramLabel = "TEXT", descriptionKey = "option.sign.location")
    private String location;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        Optional<TsaClient> client = signing.tsaClient();
        if ((in == null) == (caseNumber == null) || (caseNumber == null) != (document == null)) {
            throw vn.sohoa.i18n.SohoaException.badInput("sign.whatToSign");
        }
        if (caseNumber != null) {
            return signCatalogDocument(t, client);
        }
        if (timestampOnly) {
            PadesSigner.addDocumentTimestamp(in, out, client.orElseThrow(
                    () -> vn.sohoa.i18n.SohoaException.badInput("sign.needTsa")));
            t.say("sign.timestamped", in, out, signing.tsaUrl());
            return ExitCode.OK;
        }
        SigningKey signingKey = signing.load(t);
        PadesSigner.Details details = new PadesSigner.Details(Optional.ofNullable(reason), Optional.ofNullable(location));
        signing.checkSigner(signingKey, t);
        if (ltv) {
            PadesSigner.signLongTerm(in, out, signingKey, client.orElseThrow(
                    () -> vn.sohoa.i18n.SohoaException.badInput("sign.needTsa")), new RevocationSources(), details);
            t.say("sign.doneLta", in, out, ChainCheck.subject(signingKey.certificate()), signingKey.scheme().itextName());
            return ExitCode.OK;
        }
        PadesSigner.sign(in, out, signingKey, client, details);
        t.say(client.isPresent() ? "sign.doneT" : "sign.doneB", in, out, ChainCheck.subject(signingKey.certificate()),
                signingKey.scheme().itextName());
        return ExitCode.OK;
    }

    /** {@code sign --case NO --document N}: the document's PDF/A, after four eyes and the signer's status, kept in the catalog. */
    private int signCatalogDocument(Terminal t, Optional<TsaClient> client) {
        if (timestampOnly) {
            throw vn.sohoa.i18n.SohoaException.badInput("sign.whatToSign");
        }
        CaseNumber number = CaseNumber.parse(caseNumber);
        PadesSigner.Details details = new PadesSigner.Details(Optional.ofNullable(reason), Optional.ofNullable(location));
        try (Workstation ws = root.openWorkstation()) {
            ws.show(number);
            SigningKey signingKey = signing.load(t);
            DocumentSignature signed = ws.signDocument(number, document, out, signingKey, client, ltv, details);
            SigningOptions.report(signed.signerStatus(), t);
            t.say("sign.documentDone", document, number, out, ChainCheck.subject(signingKey.certificate()), signed.level());
        }
        return ExitCode.OK;
    }
}
