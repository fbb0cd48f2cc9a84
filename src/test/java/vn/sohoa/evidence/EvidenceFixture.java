package vn.sohoa.evidence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.Passwords;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.revocation.RevocationServer;
import vn.sohoa.evidence.timestamp.LoopbackTsa;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.evidence.trust.TrustAnchors;

/**
 * The real components every evidence test shares, made once per test JVM: the demo PKI, its
 * time-stamping authority and its revocation server (CRLs and OCSP), both on 127.0.0.1.
 */
public final class EvidenceFixture {

    private static EvidenceFixture instance;

    public final Path root;
    public final DemoPki.Layout pki;
    public final SigningKey clerk;
    public final SigningKey courtCa;
    public final LoopbackTsa tsa;
    public final RevocationServer crls;

    private EvidenceFixture() throws IOException {
        root = Files.createTempDirectory("sohoa-evidence-");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        pki = DemoPki.create(root, "http://127.0.0.1:" + port);
        clerk = key(DemoPki.CLERK);
        courtCa = key(DemoPki.COURT_CA);
        tsa = LoopbackTsa.start(key(DemoPki.TSA), 0);
        crls = RevocationServer.start(port, Map.of(DemoPki.COURT_CA, courtCa, DemoPki.ROOT_CA, key(DemoPki.ROOT_CA)),
                Optional.of(new RevocationServer.Ocsp(key(DemoPki.OCSP), courtCa.certificate())));
    }

    public static synchronized EvidenceFixture get() {
        if (instance == null) {
            try {
                instance = new EvidenceFixture();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public SigningKey key(String name) {
        return KeyLoader.load(new KeySpec.P12(pki.p12(name)), Passwords.readFile(pki.passwordFile(name)));
    }

    public TsaClient tsaClient() {
        return new TsaClient(tsa.url());
    }

    public Optional<TsaClient> tsaOption() {
        return Optional.of(tsaClient());
    }

    public TrustAnchors trust() {
        return TrustAnchors.load(pki.trust());
    }

    /** A small two-page PDF, as the OCR branch's documents will be: for signing. */
    public static Path unsignedPdf(Path dir) throws IOException {
        Path file = dir.resolve("ban-an.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("BAN AN so 15/2026/DS-ST - trang " + p);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
