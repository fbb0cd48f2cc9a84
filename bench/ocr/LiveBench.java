import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Iterator;
import javax.imageio.ImageIO;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.ocr.PageText;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pdf.DocumentMetadata;
import vn.sohoa.pdf.PageImages;
import vn.sohoa.pdf.PdfPage;
import vn.sohoa.pdf.SearchablePdfWriter;
import vn.sohoa.pipeline.StageContext;
import vn.sohoa.pipeline.stages.AssembleStage;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.OcrStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.LivePipeline;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.store.DataHome;

/**
 * Seconds from the last page captured to the finished PDF/A of one document, scanning from the
 * simulated feeder (300 dpi grey, generated case-file pages) at PPM pages a minute (0: as fast as
 * it can), with the stages running behind capture (live) and, as the baseline in the same run,
 * capture first and `process` after (serial).
 *   java -cp APP_JAR:LIB/* bench/ocr/LiveBench.java PAGES PPM
 */
public class LiveBench {
    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[0]);
        int ppm = Integer.parseInt(args[1]);
        List<Sheet> sheets = new ArrayList<>();
        var generator = new CaseFilePageGenerator(300);
        for (long seed = 1; sheets.size() < pages; seed++) {
            generator.civilCase(seed, "1/2026/DS-ST", "Tòa án nhân dân khu vực 1 – Vĩnh Long")
                    .forEach(d -> d.pages().forEach(p -> sheets.add(Sheet.oneSided(p))));
        }
        List<Sheet> stack = sheets.subList(0, pages);
        for (String mode : List.of("live", "serial")) {
            Path home = Files.createTempDirectory("sohoa-live-");
            try (Workstation ws = Workstation.open(new DataHome(home));
                 LivePipeline live = ws.livePipeline(p -> { }, Cancellation.none());
                 ScannerDevice feeder = new SimulatedDriver(stack, ppm, 0).open(SimulatedDriver.DEVICE)) {
                AtomicLong lastCaptured = new AtomicLong();
                long start = System.nanoTime();
                ScanCapture.ScanResult scanned = ws.scan(feeder, ScanSettings.feeder(300, ColorMode.GRAY),
                        CaseNumber.parse("1/2026/DS-ST"), new ScanCapture.Into.NewDocument(DocumentType.KHAC, "Bench"),
                        page -> {
                            if (mode.equals("live")) {
                                live.pageCaptured(page);
                            }
                            lastCaptured.set(System.nanoTime());
                        }, Cancellation.none());
                long captured = lastCaptured.get();
                if (mode.equals("live")) {
                    live.documentClosed(scanned.document()).get(60, TimeUnit.MINUTES);
                    live.finish();
                } else {
                    ws.process(Optional.empty(), p -> { }, Cancellation.none());
                }
                long end = System.nanoTime();
                if (ws.documentPdf(scanned.document()).isEmpty()) {
                    throw new IllegalStateException("no PDF/A was made");
                }
                System.out.printf("%s pages=%d ppm=%d capture_s=%.1f last_page_to_pdfa_s=%.1f total_s=%.1f%n", mode,
                        scanned.pages().size(), ppm, (captured - start) / 1e9, (end - captured) / 1e9, (end - start) / 1e9);
                if (mode.equals("live")) {
                    assemblyAlone(ws, scanned.document());
                }
            }
        }
    }

    /**
     * The document's assembly alone, twice in turn: as the assemble stage does it now (each page's
     * picture copied as the ocr stage compressed it) and as it did before (each page's cleaned image
     * decoded and compressed again after the last page), the latter as the baseline.
     */
    static void assemblyAlone(Workstation ws, Document document) throws Exception {
        List<Page> pages = ws.catalog().pages(document.id());
        StageContext context = new StageContext(ws.catalog(), ws.blobs(), "bench", Cancellation.none());
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            new AssembleStage(Workstation.CREATOR_TOOL).process(document, pages, context);
            long t1 = System.nanoTime();
            Path out = Files.createTempFile("sohoa-assemble-", ".pdf");
            try (OutputStream o = Files.newOutputStream(out)) {
                Iterator<Page> each = pages.iterator();
                Iterator<PdfPage> decoded = new Iterator<>() {
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    public PdfPage next() {
                        Page page = each.next();
                        Sha256 master = page.master().sha256();
                        Sha256 cleaned = ws.catalog().derivative(master, CleanStage.KIND).orElse(master);
                        byte[] bytes = ws.blobs().read(cleaned);
                        try {
                            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                            String type = cleaned.equals(master) ? page.master().mediaType() : "image/png";
                            PageText text = PageTextJson.read(ws.blobs().read(ws.catalog().derivative(master, OcrStage.KIND).orElseThrow()));
                            return new PdfPage(PageImages.choose(bytes, type, image, new CleanedPage(image, 0, 0, false)),
                                    page.master().dpi(), text);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                };
                new SearchablePdfWriter(Workstation.CREATOR_TOOL).write(decoded, DocumentMetadata.titled("bench", Instant.now()), o);
            } finally {
                Files.deleteIfExists(out);
            }
            long t2 = System.nanoTime();
            System.out.printf("assembly alone, round %d, %d pages: prepared pictures %.1f s, decoding every page (baseline) %.1f s = %.2f x%n",
                    round, pages.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t1 - t0) / (double) (t2 - t1));
        }
    }
}
