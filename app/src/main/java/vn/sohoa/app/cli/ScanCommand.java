package vn.sohoa.app.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.capture.PageCountCheck;
import vn.sohoa.capture.PageEdits;
import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.Source;

@Command(name = "scan", mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--scanner", paramLabel = "ID", required = true, descriptionKey = "option.scan.scanner")
    private String scanner;

    @Mixin
    private CaseOption target;

    @Mixin
    private ScanInto document;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "0", descriptionKey = "option.scan.pages")
    private int pages;

    @Option(names = "--source", paramLabel = "flatbed|adf|duplex", defaultValue = "adf", descriptionKey = "option.scan.source")
    private DeviceSettings.SourceWord source;

    @Option(names = "--duplex", descriptionKey = "option.scan.duplex")
    private boolean duplex;

    @Mixin
    private DeviceSettings device;

    @Option(names = "--declared", paramLabel = "N", descriptionKey = "option.scan.declared")
    private Integer declared;

    @Option(names = "--backs-of", paramLabel = "N", descriptionKey = "option.scan.backsOf")
    private Integer backsOf;

    @Option(names = "--no-process", descriptionKey = "option.scan.noProcess")
    private boolean noProcess;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = target.number();
        device.requireDpi();
        if (pages < 0) {
            throw SohoaException.badInput("scan.badPages", pages);
        }
        if (declared != null && declared < 0) {
            throw SohoaException.badInput("pages.badCount", declared);
        }
        if (backsOf != null && document.into != null) {
            throw SohoaException.badInput("scan.backsAndInto");
        }
        ScanCapture.Into into = document.target(t.locale());
        ScanSettings settings = device.settings(duplex ? Source.FEEDER_DUPLEX : source.source, pages);
        ScannerDevice opened;
        try {
            opened = ScannerDrivers.fromEnvironment(root.env()).open(scanner);
        } catch (ScannerException e) {
            throw SohoaException.badInput("scan.cannotOpen", scanner, e.getMessage());
        }
        try (opened; Workstation ws = root.openWorkstation();
             LiveProcessing live = noProcess ? null : new LiveProcessing(ws)) {
            Consumer<Page> onPage = page -> {
                t.say("scan.page", page.sequence(), page.master().sha256());
                if (live != null) {
                    live.pageCaptured(page);
                }
            };
            ScanCapture.ScanResult result;
            if (backsOf != null) {
                PageEdits.BacksScan backs = ws.scanBacks(opened, settings, number, backsOf, onPage, Cancellation.none());
                result = backs.scan();
                t.say(backs.interleaved() ? "scan.backs.interleaved" : "scan.backs.notInterleaved",
                        result.pages().size(), backs.fronts(), backsOf);
            } else {
                result = ws.scan(opened, settings, number, into, onPage, Cancellation.none());
            }
            for (Document d : result.documents()) {
                long count = result.pages().stream().filter(p -> p.documentId() == d.id()).count();
                t.say("scan.summary", count, number, d.ordinal(), d.type().label(t.locale()));
            }
            if (live != null && !live.finish(t, ws, result.outcome().completed() ? result.documents() : List.of())) {
                return ExitCode.CHECK_FAILED;
            }
            if (!result.outcome().completed()) {
                t.err().println(t.text("scan.outcome." + result.outcome().getClass().getSimpleName(), result.document().ordinal(),
                        deviceWords(result.outcome())));
                return ExitCode.CHECK_FAILED;
            }
            t.say("scan.outcome." + result.outcome().getClass().getSimpleName(), result.document().ordinal());
            boolean stackMatches = declared == null || reconcile(t, ws, number, result);
            boolean documentsMatch = declared != null && result.documents().size() == 1
                    || reportDocumentCounts(t, ws, number, result.documents());
            return stackMatches && documentsMatch ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }

    private static String deviceWords(ScanOutcome outcome) {
        return switch (outcome) {
            case ScanOutcome.Jammed j -> j.deviceWords();
            case ScanOutcome.CoverOpen c -> c.deviceWords();
            case ScanOutcome.Busy b -> b.deviceWords();
            case ScanOutcome.Offline o -> o.deviceWords();
            case ScanOutcome.AccessDenied a -> a.deviceWords();
            case ScanOutcome.Failed f -> f.deviceWords();
            default -> "";
        };
    }

    /**
     * The pages the clerk counted in the stack against the pages this scan captured; when the stack
     * went into one document, its declared count is recorded for the check before release.
     */
    private boolean reconcile(Terminal t, Workstation ws, CaseNumber number, ScanCapture.ScanResult result) {
        PageCountCheck check = new PageCountCheck(declared, result.pages().size());
        if (result.documents().size() == 1) {
            Document d = result.document();
            int before = ws.catalog().pages(d.id()).size() - result.pages().size();
            ws.declarePages(number, d.ordinal(), before + declared);
        }
        String line = t.text("scan.count." + check.verdict().name().toLowerCase(java.util.Locale.ROOT), check.declared(),
                check.scanned(), Math.abs(check.difference()), result.document().ordinal());
        (check.matches() ? t.out() : t.err()).println(line);
        return check.matches();
    }

    /** Each scanned document's own declared count (from its separator sheet or declared before) against its pages. */
    private static boolean reportDocumentCounts(Terminal t, Workstation ws, CaseNumber number, List<Document> scanned) {
        List<Long> ids = scanned.stream().map(Document::id).toList();
        boolean allMatch = true;
        for (Map.Entry<Document, PageCountCheck> e : ws.pageCounts(number).entrySet()) {
            if (ids.contains(e.getKey().id())) {
                allMatch &= PagesCommand.printCheck(t, e.getKey(), e.getValue());
            }
        }
        return allMatch;
    }
}
