package vn.sohoa.app.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.approval.ApprovalPolicy;
import vn.sohoa.evidence.asic.CaseBundle;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Passwords;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.revocation.RevocationServer;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.timestamp.LoopbackTsa;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;

/**
 * The demo's evidence part: a demo PKI in DIR/keys and DIR/trust, its time-stamping authority and
 * revocation server (OCSP responder and CRLs) on 127.0.0.1 for the run, the judgment approved by a second person
 * (four eyes), every document signed (PAdES B-LTA: checked, time-stamped, validation data, archive time-stamp) into DIR/documents, the
 * case's bundle DIR/bundle.asice, and that bundle verified offline against DIR/trust.
 */
final class DemoEvidence {

    /** What the evidence part did. */
    record Outcome(int signedDocuments, long millis, ValidationReport bundleReport, CaseBundle.Result bundle) {
    }

    /** The second person who approves the demo's judgment before the clerk signs it. */
    static final String APPROVER = "Trần Văn Phó Chánh Án (thử nghiệm)";

    private DemoEvidence() {
    }

    static Outcome run(Workstation ws, CaseNumber number, DemoLayout layout, String version) {
        long start = System.nanoTime();
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            DemoPki.Layout pki = DemoPki.create(layout.root(), "http://127.0.0.1:" + port);
            SigningKey clerk = load(pki, DemoPki.CLERK);
            try (LoopbackTsa tsa = LoopbackTsa.start(load(pki, DemoPki.TSA), 0);
                 RevocationServer revocation = RevocationServer.start(port, Map.of(DemoPki.COURT_CA, load(pki, DemoPki.COURT_CA),
                         DemoPki.ROOT_CA, load(pki, DemoPki.ROOT_CA)), Optional.of(new RevocationServer.Ocsp(
                         load(pki, DemoPki.OCSP), clerk.chain().get(1))))) {
                Optional<TsaClient> client = Optional.of(new TsaClient(tsa.url()));
                CaseFile caseFile = ws.catalog().findCase(number).orElseThrow();
                Files.createDirectories(layout.documents());
                // Four eyes: the demo's policy wants a judgment approved by a second person before the clerk signs it.
                Files.writeString(ws.home().root().resolve(ApprovalPolicy.FILE),
                        new ApprovalPolicy(Set.of(DocumentType.BAN_AN)).asProperties());
                int signed = 0;
                for (Document d : ws.catalog().documents(caseFile.id())) {
                    if (ws.approvalPolicy().requiresApproval(d.type())) {
                        ws.approve(number, d.ordinal(), APPROVER);
                    }
                    // The searchable PDF/A the assemble stage made is what the clerk signs.
                    Path pdf = layout.documents().resolve(String.format(Locale.ROOT, "%02d-%s.pdf", d.ordinal(), d.type().code()));
                    ws.signDocument(number, d.ordinal(), pdf, clerk, client, true,
                            new PadesSigner.Details(Optional.of("Bản điện tử chuyển đổi từ văn bản giấy"), Optional.of(DemoPki.COURT)));
                    signed++;
                }
                CaseBundle.Result bundle = ws.bundle(number, layout.bundle(), clerk, client, false, version);
                ValidationReport report = Verifier.verify(layout.bundle(), TrustAnchors.load(pki.trust()));
                return new Outcome(signed, (System.nanoTime() - start) / 1_000_000, report, bundle);
            }
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("demo.cannotWrite", layout.root().toString()), e);
        }
    }

    private static SigningKey load(DemoPki.Layout pki, String name) {
        return KeyLoader.load(new KeySpec.P12(pki.p12(name)), Passwords.readFile(pki.passwordFile(name)));
    }
}
