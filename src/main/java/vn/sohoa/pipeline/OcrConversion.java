package vn.sohoa.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import vn.sohoa.capture.EncodedPage;
import vn.sohoa.capture.FileFormat;
import vn.sohoa.capture.ImageLimits;
import vn.sohoa.capture.PageSource;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.imaging.ImageBytes;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.PageCleaner;
import vn.sohoa.ocr.PageText;
import vn.sohoa.pdf.DocumentMetadata;
import vn.sohoa.pdf.EncodedImage;
import vn.sohoa.pdf.ExistingText;
import vn.sohoa.pdf.PageImage;
import vn.sohoa.pdf.PageImages;
import vn.sohoa.pdf.PdfPage;
import vn.sohoa.pdf.SearchablePdfWriter;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.quality.PageMeasures;
import vn.sohoa.quality.PageQuality;
import vn.sohoa.quality.QualityGate;

/**
 * {@code sohoa ocr}: scanned PDFs, TIFFs, PNGs and JPEGs in, one searchable PDF/A-2b out, without
 * touching any catalog. Every input is opened and checked before work starts; pages are decoded,
 * cleaned and read on {@code jobs} workers (each with its own Tesseract) while the writer takes
 * them in order, with only a few pages in memory at once. Pages of a PDF that already carry text
 * keep it unless {@code force}. Every page passes the quality gate. The output appears, by atomic
 * rename, only when it is complete.
 */
public final class OcrConversion {

    /** Pages smaller than this on a side hold no readable text. */
    public static final int MIN_SIDE = 50;

    private final ModelStore models;
    private final String creatorTool;

    public OcrConversion(ModelStore models, String creatorTool) {
        this.models = models;
        this.creatorTool = creatorTool;
    }

    private record PageRef(PageSource source, int index, Optional<ExistingText> existing) {
    }

    private record Done(PdfPage page, boolean blank, boolean keptText, PageMeasures measures) {
    }

    public OcrReport convert(List<Path> inputs, Path output, OcrOptions options, ProgressListener progress,
                             Cancellation cancellation) {
        long start = System.nanoTime();
        if (inputs.isEmpty()) {
            throw SohoaException.badInput("import.noFiles");
        }
        List<PageSource> sources = new ArrayList<>();
        List<ExistingText> texts = new ArrayList<>();
        try {
            List<PageRef> refs = new ArrayList<>();
            for (Path input : inputs) {
                PageSource source = PageSource.open(input);
                sources.add(source);
                if (source.format() == FileFormat.PDF && !options.copySigned() && SignedPdf.isSigned(input)) {
                    throw SohoaException.badInput("ocr.signed", input.toString());
                }
                if (source.pageCount() == 0) {
                    throw SohoaException.badInput("import.noPages", input.toString());
                }
                Optional<ExistingText> existing = Optional.empty();
                if (source.format() == FileFormat.PDF && !options.force()) {
                    existing = Optional.of(ExistingText.open(input));
                    texts.add(existing.get());
                }
                for (int i = 0; i < source.pageCount(); i++) {
                    refs.add(new PageRef(source, i, existing));
                }
            }
            Path parent = output.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw SohoaException.badInput("ocr.outputFolder", output.toString());
            }
            try (OcrEngines engines = new OcrEngines(models, options.languages(), options.model())) {
                return run(refs, output.toAbsolutePath(), options, engines, progress, cancellation, start);
            }
        } finally {
            sources.forEach(PageSource::close);
            texts.forEach(ExistingText::close);
        }
    }

    private OcrReport run(List<PageRef> refs, Path output, OcrOptions options, OcrEngines engines,
                          ProgressListener progress, Cancellation cancellation, long start) {
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), Thread.ofPlatform().name("sohoa-ocr-", 1).daemon().factory());
        // each of the first tasks starts a worker of its own: the models load there while this thread
        // opens the writer, not when each worker's first page is decoded
        for (int i = 0; i < Math.min(options.jobs(), refs.size()); i++) {
            pool.submit(engines::warmUp);
        }
        AtomicInteger blank = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicLong words = new AtomicLong();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger keptText = new AtomicInteger();
        List<PageMeasures> measures = new ArrayList<>(refs.size());
        Path part = output.resolveSibling("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Iterator<PdfPage> pages = new Iterator<>() {
                private final Deque<Future<Done>> window = new ArrayDeque<>();
                private int next;
                private PdfPage ready;

                private void fill() {
                    while (next < refs.size() && window.size() < options.jobs() * 2) {
                        PageRef ref = refs.get(next++);
                        window.add(pool.submit(() -> {
                            cancellation.check();
                            Done done;
                            try {
                                done = readPage(ref, options, engines);
                            } catch (OutOfMemoryError | IOException e) {
                                // the page's images are dropped as this unwinds: say which page, not "internal error"
                                if (!ImageLimits.outOfMemory(e)) {
                                    throw e;
                                }
                                throw SohoaException.badInput("ocr.outOfMemory", ref.source().file().toString(),
                                        ref.index() + 1, Runtime.getRuntime().maxMemory() >> 20);
                            }
                            progress.onProgress(new Progress("ocr", finished.incrementAndGet(), refs.size(),
                                    ref.source().file().getFileName() + " · " + (ref.index() + 1)));
                            return done;
                        }));
                    }
                }

                @Override
                public boolean hasNext() {
                    while (ready == null) {
                        fill();
                        if (window.isEmpty()) {
                            return false;
                        }
                        Done done = take(window.removeFirst());
                        measures.add(done.measures());
                        if (done.keptText()) {
                            keptText.incrementAndGet();
                        }
                        if (done.blank()) {
                            blank.incrementAndGet();
                            if (options.removeBlank()) {
                                continue;
                            }
                        }
                        words.addAndGet(done.page().text().words().size());
                        written.incrementAndGet();
                        ready = done.page();
                    }
                    return true;
                }

                @Override
                public PdfPage next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    PdfPage page = ready;
                    ready = null;
                    return page;
                }
            };
            String title = refs.getFirst().source().file().getFileName().toString();
            try (OutputStream out = Files.newOutputStream(part)) {
                new SearchablePdfWriter(creatorTool).write(pages, DocumentMetadata.titled(title, Instant.now()), out);
            } catch (IllegalArgumentException e) {
                throw SohoaException.badInput("ocr.allBlank");
            }
            cancellation.check();
            move(part, output);
            List<PageQuality> verdicts = QualityGate.judge(measures);
            List<OcrReport.PageVerdict> quality = new ArrayList<>(refs.size());
            for (int i = 0; i < refs.size(); i++) {
                quality.add(new OcrReport.PageVerdict(refs.get(i).source().file().getFileName().toString(),
                        refs.get(i).index() + 1, verdicts.get(i)));
            }
            return new OcrReport(refs.size(), written.get(), blank.get(), keptText.get(), words.get(),
                    Duration.ofNanos(System.nanoTime() - start), quality);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a leftover part file is harmless: it is hidden and never taken for the output
            }
        }
    }

    private static Done take(Future<Done> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Done readPage(PageRef ref, OcrOptions options, OcrEngines engines) throws IOException {
        EncodedPage encoded;
        synchronized (ref.source()) {
            encoded = ref.source().page(ref.index());
        }
        if (encoded.widthPx() < MIN_SIDE || encoded.heightPx() < MIN_SIDE) {
            throw SohoaException.badInput("ocr.tooSmall", ref.source().file().toString(), ref.index() + 1,
                    encoded.widthPx(), encoded.heightPx());
        }
        BufferedImage decoded = ImageBytes.read(encoded.bytes());
        if (decoded == null) {
            throw SohoaException.badInput("import.damagedPage", ref.source().file().toString(), ref.index() + 1);
        }
        Optional<PageText> existing = ref.existing()
                .flatMap(e -> e.page(ref.index(), encoded.dpi(), decoded.getWidth(), decoded.getHeight()));
        if (existing.isPresent()) {
            // a page that carries text keeps it, and its picture as rendered: turning it would move its words
            CleanedPage asIs = new CleanedPage(decoded, 0, 0, false);
            return new Done(new PdfPage(compressed(PageImages.choose(encoded.bytes(), encoded.mediaType(), decoded, asIs)),
                    encoded.dpi(), existing.get()), false, true,
                    QualityGate.measure(decoded, encoded.dpi(), existing.get(), false));
        }
        CleanedPage cleaned = PageCleaner.clean(decoded, encoded.dpi(), options.clean(), engines);
        PageText text = cleaned.blank() ? PageText.empty(decoded.getWidth(), decoded.getHeight())
                : engines.recognize(cleaned.image(), encoded.dpi());
        return new Done(new PdfPage(compressed(PageImages.choose(encoded.bytes(), encoded.mediaType(), decoded, cleaned)),
                encoded.dpi(), text), cleaned.blank(), false,
                QualityGate.measure(cleaned.image(), encoded.dpi(), text, cleaned.blank()));
    }

    /**
     * The page's picture compressed on the worker that read it, so the writer, one thread for the
     * whole document, only copies streams and pages wait in the window as compressed bytes.
     */
    private static PageImage compressed(PageImage image) throws IOException {
        return EncodedImage.of(image).<PageImage>map(PageImage.Prepared::new).orElse(image);
    }

    private static void move(Path part, Path output) throws IOException {
        try {
            Files.move(part, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
