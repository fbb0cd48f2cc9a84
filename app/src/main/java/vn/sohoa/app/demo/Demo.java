package vn.sohoa.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.sohoa.capture.Capturer;
import vn.sohoa.capture.MasterEncoder;
import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.GeneratedDocument;
import vn.sohoa.scanner.simulated.GeneratedPage;
import vn.sohoa.store.CustodyReport;
import vn.sohoa.store.DataHome;

/**
 * {@code sohoa demo}: the whole flow that exists today, end to end, on a generated civil case file,
 * in a fresh home inside the output folder. The layout of the folder is fixed in DESIGN.md.
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
            CaseFile caseFile = ws.catalog().openCase(number, Optional.of(COURT), ws.operator());
            Batch batch = ws.startBatch(caseFile, "demo-generator");
            Capturer capturer = ws.capturer();
            int captured = 0;
            for (int d = 0; d < generated.size(); d++) {
                GeneratedDocument g = generated.get(d);
                DocumentType type = DocumentType.find(g.typeCode()).orElse(DocumentType.KHAC);
                Document document = ws.catalog().openDocument(caseFile.id(), "demo:" + (d + 1), type, g.title(),
                        ws.operator(), Optional.empty());
                for (int p = 0; p < g.pages().size(); p++) {
                    cancellation.check();
                    GeneratedPage page = g.pages().get(p);
                    capturer.capture(document, batch, p + 1, MasterEncoder.encode(page.image(), page.dpi()),
                            "demo:" + (d + 1) + "#p" + (p + 1));
                    progress.onProgress(new Progress("capture", ++captured, pageTotal, g.title()));
                }
            }
            long captureMs = millisSince(captureStart);
            PipelineReport processed = ws.process(Optional.of(number), progress, cancellation);
            int pdfs = exportDocuments(ws, caseFile, layout);
            CustodyReport custody = ws.verifyCustody();
            DemoReport report = new DemoReport(out.toAbsolutePath(), number.toString(), generated.size(), pageTotal, pdfs,
                    processed, captureMs, millisSince(start), custody, ws.catalog().integrityCheck());
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

    /** Copies each document's PDF/A out of the blob store into documents/, each file complete or absent. */
    private static int exportDocuments(Workstation ws, CaseFile caseFile, DemoLayout layout) {
        int written = 0;
        try {
            Files.createDirectories(layout.documents());
            for (Document document : ws.catalog().documents(caseFile.id())) {
                Optional<vn.sohoa.casefile.Sha256> pdf = ws.documentPdf(document);
                if (pdf.isEmpty()) {
                    continue;
                }
                Path target = layout.documents().resolve(String.format(java.util.Locale.ROOT, "%02d-%s.pdf",
                        document.ordinal(), document.type().code()));
                Path part = target.resolveSibling("." + target.getFileName() + ".part");
                try (var in = ws.blobs().open(pdf.get())) {
                    Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                written++;
            }
        } catch (IOException e) {
            throw SohoaException.badInput("demo.cannotWrite", layout.documents().toString());
        }
        return written;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
