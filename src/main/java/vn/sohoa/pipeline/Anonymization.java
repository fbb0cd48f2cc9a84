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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import vn.sohoa.anonymize.audit.Leak;
import vn.sohoa.anonymize.audit.LeakAudit;
import vn.sohoa.anonymize.audit.LeakReport;
import vn.sohoa.anonymize.pseudonym.Codebook;
import vn.sohoa.anonymize.redact.Burner;
import vn.sohoa.anonymize.redact.DocumentRedactor;
import vn.sohoa.anonymize.redact.RedactionLog;
import vn.sohoa.anonymize.redact.RedactionPlan;
import vn.sohoa.capture.EncodedPage;
import vn.sohoa.capture.PageSource;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.imaging.ImageBytes;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.PageText;
import vn.sohoa.pdf.DocumentMetadata;
import vn.sohoa.pdf.PageImage;
import vn.sohoa.pdf.PdfPage;
import vn.sohoa.pdf.SearchablePdfWriter;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;

/**
 * {@code sohoa anonymize}: the published copy of a scanned document. The pages' OCR words give the
 * text; {@link DocumentRedactor} plans the masks; each page image gets its masks burnt in
 * ({@link Burner}) before the PDF/A is built, with codes in place of the originals in its text
 * layer and nothing of the source in its metadata (a fixed title, no file name). The
 * {@link LeakAudit} then reads the written file (every stream, object, revision and, by OCR, every
 * image) and its redaction log for every original; only a copy that passes appears at its place, by
 * atomic rename. A refusal (a minor takes part) or a leak writes nothing.
 */
public final class Anonymization {

    /** The title of every published copy: the source's title or file name may hold a name. */
    public static final String TITLE = "Bản công bố đã mã hóa dữ liệu cá nhân";

    /** The pages of a document: their OCR words, and their images, decoded again for each pass. */
    interface Pages {
        int count();

        PageText text(int index, OcrEngines engines) throws IOException;

        BufferedImage image(int index) throws IOException;

        int dpi(int index) throws IOException;
    }

    private final ModelStore models;
    private final String creatorTool;

    public Anonymization(ModelStore models, String creatorTool) {
        this.models = models;
        this.creatorTool = creatorTool;
    }

    /** A scanned PDF, TIFF, PNG or JPEG outside any case: its pages are read by OCR here. */
    public AnonymizeReport fromFile(Path input, Path output, Optional<Path> log, AnonymizeOptions options,
                                    ProgressListener progress, Cancellation cancellation) {
        checkOutput(output, log);
        try (PageSource source = PageSource.open(input)) {
            if (source.pageCount() == 0) {
                throw SohoaException.badInput("import.noPages", input.toString());
            }
            Pages pages = new Pages() {
                @Override
                public int count() {
                    return source.pageCount();
                }

                @Override
                public PageText text(int index, OcrEngines engines) throws IOException {
                    return engines.recognize(image(index), dpi(index));
                }

                @Override
                public BufferedImage image(int index) throws IOException {
                    BufferedImage image = ImageBytes.read(source.page(index).bytes());
                    if (image == null) {
                        throw SohoaException.badInput("import.damagedPage", input.toString(), index + 1);
                    }
                    return image;
                }

                @Override
                public int dpi(int index) {
                    EncodedPage page = source.page(index);
                    return page.dpi();
                }
            };
            return publish(pages, new Codebook(), sha256(input), input.getFileName().toString(), output, log, options, progress,
                    cancellation);
        }
    }

    AnonymizeReport publish(Pages pages, Codebook book, String sourceSha256, String documentName, Path output,
                            Optional<Path> log, AnonymizeOptions options, ProgressListener progress, Cancellation cancellation) {
        long start = System.nanoTime();
        Path out = output.toAbsolutePath();
        Path part = out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (OcrEngines engines = new OcrEngines(models, options.languages(), options.model())) {
            int n = pages.count();
            List<PageText> texts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cancellation.check();
                texts.add(pages.text(i, engines));
                progress.onProgress(new Progress("anonymize.read", i + 1, n, ""));
            }
            RedactionPlan plan = switch (new DocumentRedactor().plan(texts, book, options.decisions(), options.keepProvince(),
                    options.today())) {
                case DocumentRedactor.Outcome.Refused refused ->
                        throw new SohoaException(SohoaException.Reason.CHECK_FAILED, refused.why().reason());
                case DocumentRedactor.Outcome.Planned planned -> planned.plan();
            };
            try (OutputStream stream = Files.newOutputStream(part)) {
                new SearchablePdfWriter(creatorTool).write(burnt(pages, plan, progress, cancellation),
                        DocumentMetadata.titled(TITLE, Instant.now()), stream);
            }
            cancellation.check();
            LeakAudit audit = new LeakAudit(plan.secrets(), plan.publishedText(), (image, dpi) -> engines.recognize(image, dpi).text());
            LeakReport report = audit.audit(part);
            String publishedSha = sha256(part);
            byte[] logJson = RedactionLog.json(new RedactionLog.Header(documentName, sourceSha256, publishedSha, options.operator(),
                    Instant.now()), plan, options.decisions(), report);
            List<Leak> inLog = audit.scanCompanion(logJson, "redaction log");
            if (!inLog.isEmpty()) {
                report = report.with(inLog);
                logJson = RedactionLog.json(new RedactionLog.Header(documentName, sourceSha256, publishedSha, options.operator(),
                        Instant.now()), plan, options.decisions(), report);
            }
            if (!report.passed()) {
                Leak first = report.leaks().getFirst();
                throw new SohoaException(SohoaException.Reason.CHECK_FAILED, Message.of("anonymize.leak", report.leaks().size(),
                        first.type(), first.place().name(), first.where()));
            }
            move(part, out);
            if (log.isPresent()) {
                Path logPart = log.get().toAbsolutePath().resolveSibling("." + log.get().getFileName() + ".part");
                Files.write(logPart, logJson);
                move(logPart, log.get().toAbsolutePath());
            }
            return new AnonymizeReport(out, log, n, plan, report, logJson, publishedSha, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a hidden part file is never taken for the output
            }
        }
    }

    private static Iterator<PdfPage> burnt(Pages pages, RedactionPlan plan, ProgressListener progress, Cancellation cancellation) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < pages.count();
            }

            @Override
            public PdfPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                cancellation.check();
                int i = next++;
                try {
                    BufferedImage image = Burner.burn(pages.image(i), plan.burns().get(i));
                    progress.onProgress(new Progress("anonymize.write", i + 1, pages.count(), ""));
                    return new PdfPage(new PageImage.Pixels(image), pages.dpi(i), plan.publishedPages().get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void checkOutput(Path output, Optional<Path> log) {
        for (Path p : log.isPresent() ? List.of(output, log.get()) : List.of(output)) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw SohoaException.badInput("ocr.outputFolder", p.toString());
            }
        }
        if (log.isPresent() && log.get().toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw SohoaException.badInput("anonymize.logIsOutput", output.toString());
        }
    }

    static String sha256(Path file) {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), Sha256.digester())) {
            in.transferTo(OutputStream.nullOutputStream());
            return Sha256.of(in.getMessageDigest().digest()).hex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path part, Path output) throws IOException {
        try {
            Files.move(part, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
