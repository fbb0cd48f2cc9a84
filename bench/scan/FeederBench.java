import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import javax.imageio.ImageIO;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.scanner.simulated.SimulatedScanner;
import vn.sohoa.store.DataHome;

/**
 * Capture behind a 60 ppm duplex feeder (the simulated scanner on its own clock: a sheet a second,
 * two images a sheet) with OCR running behind it on OCR_THREADS threads.
 *   baseline: the feeder alone, images dropped: its own rate;
 *   capture:  every image encoded, hashed, fsynced, recorded with its custody event, then queued for OCR.
 * Runs: the feeder alone (baseline), capture alone, capture with OCR.
 * Every 10 seconds: images the feeder's schedule has released, images captured (capture backlog =
 * released − captured, in images), images OCR'd (OCR backlog = captured − OCR'd).
 * Usage: java -cp APP_CLASSPATH FeederBench.java [SHEETS=60] [DPI=300] [OCR_THREADS=1]
 */
public class FeederBench {

    static final int PPM = 60;

    public static void main(String[] args) throws Exception {
        int sheets = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int ocrThreads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Sheet> stack = stack(sheets, dpi);
        ScanSettings duplex = new ScanSettings(Source.FEEDER_DUPLEX, dpi, ColorMode.GRAY, 0, java.util.Map.of());

        // Baseline: the feeder alone.
        long t0 = System.nanoTime();
        int[] dropped = {0};
        new SimulatedScanner(SimulatedDriver.DEVICE, stack, PPM, 0).scan(duplex, p -> dropped[0]++, new ScanControl());
        double baseSeconds = (System.nanoTime() - t0) / 1e9;

        double baseline = dropped[0] / baseSeconds;
        System.out.printf("feeder alone     %d images in %.1f s = %.1f images/min (baseline)%n", dropped[0], baseSeconds,
                baseline * 60);
        run(stack, duplex, sheets, 0, baseline);
        run(stack, duplex, sheets, ocrThreads, baseline);
    }

    /** One capture run behind the feeder, with {@code ocrThreads} OCR threads behind it (0: none). */
    static void run(List<Sheet> stack, ScanSettings duplex, int sheets, int ocrThreads, double baseline) throws Exception {
        Path home = Files.createTempDirectory("sohoa-feeder-bench-");
        BlockingQueue<Page> ocrQueue = new LinkedBlockingQueue<>();
        AtomicInteger captured = new AtomicInteger();
        AtomicInteger ocrDone = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> samples = new ArrayList<>();
        int maxCaptureBacklog = 0;
        try (Workstation ws = Workstation.open(new DataHome(home));
             OcrEngines engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT)) {
            List<Thread> ocr = new ArrayList<>();
            for (int i = 0; i < ocrThreads; i++) {
                ocr.add(Thread.ofPlatform().start(() -> {
                    try {
                        while (!stop.get()) {
                            Page page = ocrQueue.poll(200, TimeUnit.MILLISECONDS);
                            if (page == null) {
                                continue;
                            }
                            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                                    Files.readAllBytes(ws.blobs().path(page.master().sha256()))));
                            engines.recognize(image, page.master().dpi());
                            ocrDone.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            ScannerDevice feeder = new SimulatedScanner(SimulatedDriver.DEVICE, stack, PPM, 0);
            long start = System.nanoTime();
            Thread scan = Thread.ofPlatform().start(() -> ws.scan(feeder, duplex, CaseNumber.parse("1/2026/DS-ST"),
                    new ScanCapture.Into.NewDocument(DocumentType.KHAC, "bench"), page -> {
                        captured.incrementAndGet();
                        if (ocrThreads > 0) {
                            ocrQueue.add(page);
                        }
                    }, Cancellation.none()));
            while (scan.isAlive()) {
                scan.join(10_000L);
                double t = (System.nanoTime() - start) / 1e9;
                int released = Math.min(2 * sheets, 2 * (int) Math.floor(t * PPM / 60.0));
                int c = captured.get();
                int backlog = Math.max(0, released - c);
                maxCaptureBacklog = Math.max(maxCaptureBacklog, backlog);
                samples.add(String.format("  %6.1f s  released %4d  captured %4d  capture backlog %3d  OCR'd %4d  OCR backlog %4d",
                        t, released, c, backlog, ocrDone.get(), ocrThreads > 0 ? c - ocrDone.get() : 0));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int ocrAtEnd = ocrDone.get();
            stop.set(true);
            for (Thread t : ocr) {
                t.join();   // the page in hand is finished before the engines close
            }
            int images = captured.get();
            System.out.printf("capture, %d OCR  %d images in %.1f s = %.1f images/min (%.3f x baseline); capture backlog max %d images",
                    ocrThreads, images, seconds, images * 60 / seconds, (images / seconds) / baseline, maxCaptureBacklog);
            System.out.printf(ocrThreads > 0 ? "; OCR backlog at the end %d images (%d OCR'd, %.1f pages/min)%n" : "%n",
                    images - ocrAtEnd, ocrAtEnd, ocrAtEnd * 60 / seconds);
            samples.forEach(System.out::println);
        }
    }

    /** SHEETS two-sided sheets of generated Vietnamese case-file pages. */
    static List<Sheet> stack(int sheets, int dpi) {
        CaseFilePageGenerator generator = new CaseFilePageGenerator(dpi);
        List<BufferedImage> pages = LongStream.iterate(1, s -> s + 1)
                .mapToObj(seed -> generator.civilCase(seed, "1/2026/DS-ST", "TAND khu vực 1 – Vĩnh Long"))
                .flatMap(docs -> docs.stream().flatMap(d -> d.pages().stream())).map(p -> p.image())
                .limit(2L * sheets).toList();
        List<Sheet> stack = new ArrayList<>();
        for (int i = 0; i < sheets; i++) {
            stack.add(new Sheet(pages.get(2 * i), Optional.of(pages.get(2 * i + 1)), dpi));
        }
        return stack;
    }
}
