package vn.sohoa.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** poppler's pdfsig: it exits 0 even for a broken signature, so its output is what counts. */
public final class PdfSig {

    private PdfSig() {
    }

    public static String run(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
