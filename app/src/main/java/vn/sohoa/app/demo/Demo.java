package vn.sohoa.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.capture.separator.SeparatorSheet;
import vn.sohoa.capture.separator.SeparatorSheetImage;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.GeneratedDocument;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.scanner.simulated.SimulatedScanner;
import vn.sohoa.store.CustodyReport;
import vn.sohoa.store.DataHome;

/**
 * {@code sohoa demo}: the whole flow that exists today, end to end, on a generated civil case file
 * scanned from the simulated feeder, in a fresh home inside the output folder. The layout of the folder is fixed in DESIGN.md.
 */
public final class Demo {

    public static final String CASE_NUMBER = "15/2026/DS-ST";
    public static final String COURT = "Tòa án nhân dân khu vực 1 – Vĩnh Long";
    private static final long SEED = 20260701L;
    private static final int DPI = 300;

    private Demo() {
    }

    public static DemoReport run(Path out, String version, ProgressListener progress, Cancellation cancellation) {
        long start = System.nanoTime();
        prepare(out);
        DemoLayout layout = new DemoLayout(out);
        CaseNumber number = CaseNumber.parse(CASE_NUMBER);
        try (Workstation ws = Workstation.open(new DataHome(layout.home()))) {
            long captureStart = System.nanoTime();
            List<GeneratedDocument> generated = new CaseFilePageGenerator(DPI).civilCase(SEED, CASE_NUMBER, COURT);
            int pageTotal = generated.stream().mapToInt(d -> d.pages().size()).sum();
            ws.catalog().openCase(number, Optional.of(COURT), ws.operator());
            // The clerk puts the whole file in the simulated feeder, a separator sheet before each document
            // carrying the pages she counted in it.
            List<Sheet> stack = new ArrayList<>();
            for (GeneratedDocument g : generated) {
                DocumentType type = DocumentType.find(g.typeCode()).orElse(DocumentType.KHAC);
                SeparatorSheet sheet = new SeparatorSheet(number, type, g.title(), Optional.of(COURT))
                        .withDeclaredPages(g.pages().size());
                stack.add(new Sheet(SeparatorSheetImage.render(sheet, DPI), Optional.empty(), DPI));
                g.pages().forEach(p -> stack.add(Sheet.oneSided(p)));
            }
            int[] captured = {0};
            try (ScannerDevice feeder = new SimulatedScanner(SimulatedDriver.DEVICE, stack, 0, 0)) {
                ScanCapture.ScanResult scanned = ws.scan(feeder, ScanSettings.feeder(DPI, ColorMode.GRAY), number,
                        new ScanCapture.Into.NewDocument(DocumentType.KHAC, "Hồ sơ"),
                        page -> progress.onProgress(new Progress("scan", ++captured[0], pageTotal, "")), cancellation);
                if (!scanned.outcome().completed() || scanned.documents().size() != generated.size()) {
                    throw new IllegalStateException("the simulated feeder stopped: " + scanned.outcome());
                }
            }
            long captureMs = millisSince(captureStart);
            PipelineReport processed = ws.process(Optional.of(number), progress, cancellation);
            // published copies first, so that their redaction logs go into the evidence bundle
            DemoPublication.Outcome published = DemoPublication.run(ws, number, layout, progress, cancellation);
            DemoEvidence.Outcome evidence = DemoEvidence.run(ws, number, layout, version);
            DemoSync.Outcome synced = DemoSync.run(ws, layout, progress);
            CustodyReport custody = ws.verifyCustody();
            DemoReport report = new DemoReport(out.toAbsolutePath(), number.toString(), generated.size(), pageTotal,
                    processed, captureMs, millisSince(start), custody, ws.catalog().integrityCheck(),
                    evidence.signedDocuments(), evidence.millis(), evidence.bundleReport(), published, synced);
            SummaryWriter.write(layout.summary(), report, version);
            return report;
        }
    }

    /** Empties the output folder, refusing one that holds anything but an earlier demo's output. */
    private static void prepare(Path out) {
        try {
            if (Files.isDirectory(out)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(out)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.exists(out.resolve(DemoLayout.SUMMARY))) {
                    throw SohoaException.badInput("demo.notDemoFolder", out.toString());
                }
                try (Stream<Path> all = Files.walk(out)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).toList()) {
                        Files.delete(p);
                    }
                }
            } else if (Files.exists(out)) {
                throw SohoaException.badInput("demo.notAFolder", out.toString());
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw SohoaException.badInput("demo.cannotWrite", out.toString());
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
