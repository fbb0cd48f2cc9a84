package vn.sohoa.app.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.capture.PageCountCheck;
import vn.sohoa.capture.PageEdits;
import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.Source;

@Command(name = "scan", mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

    /** The words the clerk types for a source. */
    enum SourceWord {
        FLATBED(Source.FLATBED), ADF(Source.FEEDER), DUPLEX(Source.FEEDER_DUPLEX);

        final Source source;

        SourceWord(Source source) {
            this.source = source;
        }
    }

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--scanner", paramLabel = "ID", required = true, descriptionKey = "option.scan.scanner")
    private String scanner;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.import.type")
    private String type;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.scan.title")
    private String title;

    @Option(names = "--into", paramLabel = "N", descriptionKey = "option.scan.into")
    private Integer into;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "0", descriptionKey = "option.scan.pages")
    private int pages;

    @Option(names = "--source", paramLabel = "flatbed|adf|duplex", defaultValue = "adf", descriptionKey = "option.scan.source")
    private SourceWord source;

    @Option(names = "--dpi", defaultValue = "300", descriptionKey = "option.scan.dpi")
    private int dpi;

    @Option(names = "--mode", paramLabel = "gray|color|lineart", defaultValue = "gray", descriptionKey = "option.scan.mode")
    private ColorMode mode;

    @Option(names = "--duplex", descriptionKey = "option.scan.duplex")
    private boolean duplex;

    @Option(names = "--option", paramLabel = "NAME=VALUE", descriptionKey = "option.scan.option")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--declared", paramLabel = "N", descriptionKey = "option.scan.declared")
    private Integer declared;

    @Option(names = "--backs-of", paramLabel = "N", descriptionKey = "option.scan.backsOf")
    private Integer backsOf;

    @Option(names = "--no-process", descriptionKey = "option.scan.noProcess")
    private boolean noProcess;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        if (dpi < 50 || dpi > 2400) {
            throw SohoaException.badInput("scan.badDpi", dpi);
        }
        if (pages < 0) {
            throw SohoaException.badInput("scan.badPages", pages);
        }
        if (declared != null && declared < 0) {
            throw SohoaException.badInput("pages.badCount", declared);
        }
        if (backsOf != null && into != null) {
            throw SohoaException.badInput("scan.backsAndInto");
        }
        DocumentType documentType = type == null ? DocumentType.KHAC : DocumentType.find(type).orElseThrow(
                () -> SohoaException.badInput("doctype.unknown", type,
                        Arrays.stream(DocumentType.values()).map(DocumentType::code).collect(Collectors.joining(", "))));
        ScanCapture.Into target = into != null ? new ScanCapture.Into.ExistingDocument(into)
                : new ScanCapture.Into.NewDocument(documentType, title != null ? title : documentType.label(t.locale()));
        Source chosen = duplex ? Source.FEEDER_DUPLEX : source.source;
        ScanSettings settings = new ScanSettings(chosen, dpi, mode, pages, options);
        ScannerDevice device;
        try {
            device = ScannerDrivers.fromEnvironment(root.env()).open(scanner);
        } catch (ScannerException e) {
            throw SohoaException.badInput("scan.cannotOpen", scanner, e.getMessage());
        }
        try (device; Workstation ws = root.openWorkstation();
             LiveProcessing live = noProcess ? null : new LiveProcessing(ws)) {
            java.util.function.Consumer<vn.sohoa.casefile.Page> onPage = page -> {
                t.say("scan.page", page.sequence(), page.master().sha256());
                if (live != null) {
                    live.pageCaptured(page);
                }
            };
            ScanCapture.ScanResult result;
            if (backsOf != null) {
                PageEdits.BacksScan backs = ws.scanBacks(device, settings, number, backsOf, onPage, Cancellation.none());
                result = backs.scan();
                t.say(backs.interleaved() ? "scan.backs.interleaved" : "scan.backs.notInterleaved",
                        result.pages().size(), backs.fronts(), backsOf);
            } else {
                result = ws.scan(device, settings, number, target, onPage, Cancellation.none());
            }
            for (vn.sohoa.casefile.Document d : result.documents()) {
                long count = result.pages().stream().filter(p -> p.documentId() == d.id()).count();
                t.say("scan.summary", count, number, d.ordinal(), d.type().label(t.locale()));
            }
            if (live != null && !live.finish(t, ws, result.outcome().completed() ? result.documents() : java.util.List.of())) {
                return ExitCode.CHECK_FAILED;
            }
            String outcome = result.outcome().getClass().getSimpleName();
            String words = switch (result.outcome()) {
                case vn.sohoa.scanner.ScanOutcome.Jammed j -> j.deviceWords();
                case vn.sohoa.scanner.ScanOutcome.CoverOpen c -> c.deviceWords();
                case vn.sohoa.scanner.ScanOutcome.Busy b -> b.deviceWords();
                case vn.sohoa.scanner.ScanOutcome.Offline o -> o.deviceWords();
                case vn.sohoa.scanner.ScanOutcome.AccessDenied a -> a.deviceWords();
                case vn.sohoa.scanner.ScanOutcome.Failed f -> f.deviceWords();
                default -> "";
            };
            if (result.outcome().completed()) {
                t.say("scan.outcome." + outcome, result.document().ordinal());
                return declared == null ? ExitCode.OK : reconcile(t, ws, number, result);
            }
            t.err().println(t.text("scan.outcome." + outcome, result.document().ordinal(), words));
            return ExitCode.CHECK_FAILED;
        }
    }

    /**
     * The pages the clerk counted in the stack against the pages this scan captured; when the stack
     * went into one document, its declared count is recorded for the check before release.
     */
    private int reconcile(Terminal t, Workstation ws, CaseNumber number, ScanCapture.ScanResult result) {
        PageCountCheck check = new PageCountCheck(declared, result.pages().size());
        if (result.documents().size() == 1) {
            vn.sohoa.casefile.Document d = result.document();
            int before = ws.catalog().pages(d.id()).size() - result.pages().size();
            ws.declarePages(number, d.ordinal(), before + declared);
        }
        String line = t.text("scan.count." + check.verdict().name().toLowerCase(java.util.Locale.ROOT), check.declared(),
                check.scanned(), Math.abs(check.difference()), result.document().ordinal());
        if (check.matches()) {
            t.out().println(line);
            return ExitCode.OK;
        }
        t.err().println(line);
        return ExitCode.CHECK_FAILED;
    }

    private static int lastOrdinal(ScanCapture.ScanResult result) {
        return result.documents().isEmpty() ? 0 : result.documents().getLast().ordinal();
    }
}
