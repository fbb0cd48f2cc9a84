import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.timestamp.LoopbackTsa;
import vn.sohoa.evidence.timestamp.TsaClient;

/** Signs N three-page PDFs with the demo clerk's PKCS#12 key, B-B and then B-T (loopback TSA); prints the times. */
public class SignMany {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        DemoPki.Layout pki = DemoPki.create(dir, DemoPki.DEFAULT_REVOCATION_BASE);
        var clerk = KeyLoader.load(new KeySpec.P12(pki.p12(DemoPki.CLERK)), Passwords.readFile(pki.passwordFile(DemoPki.CLERK)));
        var tsaKey = KeyLoader.load(new KeySpec.P12(pki.p12(DemoPki.TSA)), Passwords.readFile(pki.passwordFile(DemoPki.TSA)));
        Path in = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("page " + p);
                    cs.endText();
                }
            }
            doc.save(in.toFile());
        }
        PadesSigner.sign(in, dir.resolve("warm.pdf"), clerk, Optional.empty(), PadesSigner.Details.none());
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PadesSigner.sign(in, dir.resolve("b-" + i + ".pdf"), clerk, Optional.empty(), PadesSigner.Details.none());
        }
        long t1 = System.nanoTime();
        try (LoopbackTsa tsa = LoopbackTsa.start(tsaKey, 0)) {
            Optional<TsaClient> client = Optional.of(new TsaClient(tsa.url()));
            for (int i = 0; i < n; i++) {
                PadesSigner.sign(in, dir.resolve("t-" + i + ".pdf"), clerk, client, PadesSigner.Details.none());
            }
        }
        long t2 = System.nanoTime();
        System.out.printf("signed %d PDFs, PKCS#12 RSA-2048 RSASSA-PSS: B-B %.2f s (%.0f ms each), B-T with loopback TSA %.2f s (%.0f ms each)%n",
                n, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / n);
    }
}
