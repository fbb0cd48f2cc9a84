package vn.sohoa.capture;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;

/**
 * The child JVM of {@link KillDuringImportTest}: imports one file and acknowledges each page on
 * stdout ("ACK sequence sha256") only after the page's transaction has committed.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Workstation ws = Workstation.open(new DataHome(Path.of(args[0])))) {
            ws.importFiles(CaseNumber.parse(args[2]), DocumentType.KHAC, List.of(Path.of(args[1])), p -> { },
                    page -> out.println("ACK " + page.sequence() + " " + page.master().sha256().hex()),
                    Cancellation.none());
        }
        out.println("DONE");
    }
}
