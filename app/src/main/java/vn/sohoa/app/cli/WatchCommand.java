package vn.sohoa.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.capture.HotFolder;
import vn.sohoa.capture.ImportResult;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

@Command(name = "watch", mixinStandardHelpOptions = true)
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "FOLDER", descriptionKey = "param.watch.folder")
    private Path folder;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.import.type")
    private String type;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "3", descriptionKey = "option.watch.settle")
    private int settleSeconds;

    @Option(names = "--once", descriptionKey = "option.watch.once")
    private boolean once;

    @Override
    public Integer call() throws InterruptedException {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        DocumentType documentType = type == null ? DocumentType.KHAC
                : DocumentType.find(type).orElseThrow(() -> SohoaException.badInput("doctype.unknown", type, "ban-an, khac…"));
        if (!Files.isDirectory(folder)) {
            throw SohoaException.badInput("watch.notAFolder", folder.toString());
        }
        Duration settle = Duration.ofSeconds(Math.max(0, settleSeconds));
        try (Workstation ws = root.openWorkstation()) {
            HotFolder hot = new HotFolder(folder, settle, file -> ws.importFiles(number, documentType, List.of(file),
                    p -> { }, p -> { }, Cancellation.none()).getFirst());
            t.say("watch.start", folder.toAbsolutePath(), number);
            do {
                HotFolder.Pass pass = hot.poll(Instant.now());
                for (ImportResult r : pass.imported()) {
                    t.say("import.done", r.file().getFileName(), r.added(), r.pages(), number, r.document().ordinal(),
                            r.document().type().label(t.locale()));
                }
                for (Path failed : pass.failed()) {
                    t.err().println(t.text("watch.failed", failed.getFileName(), failed.getParent()));
                }
                Thread.sleep(Math.max(200, Math.min(1000, settle.toMillis())));
            } while (!once || hasPending(hot.done().getParent()));
        }
        return ExitCode.OK;
    }

    /** With --once: keep polling while files are still waiting to settle. */
    private static boolean hasPending(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().endsWith(".part"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
