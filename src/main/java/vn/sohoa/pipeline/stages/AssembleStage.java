package vn.sohoa.pipeline.stages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.ocr.PageText;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pdf.ConversionMark;
import vn.sohoa.pdf.DocumentMetadata;
import vn.sohoa.pdf.PageImage;
import vn.sohoa.pdf.PageImages;
import vn.sohoa.pdf.PdfPage;
import vn.sohoa.pdf.SearchablePdfWriter;
import vn.sohoa.pipeline.DocumentStage;
import vn.sohoa.pipeline.StageContext;

/**
 * Builds each document's searchable PDF/A-2b from its pages' pictures as the ocr stage compressed
 * them and their OCR words (nothing is decoded again), one page in memory at a time, with the case, type and court in its XMP and the conversion mark on every
 * page. The PDF is stored as a blob and linked as the {@value #KIND} derivative of the document's
 * key: the SHA-256 of its masters' hashes in page order.
 */
public final class AssembleStage implements DocumentStage {

    public static final String NAME = "assemble";
    public static final String KIND = "pdfa";

    private final String creatorTool;

    public AssembleStage(String creatorTool) {
        this.creatorTool = creatorTool;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The key a document's PDF/A is filed under: the SHA-256 of its masters' hex hashes, one a line. */
    public static Sha256 documentKey(List<Page> pages) {
        StringBuilder masters = new StringBuilder();
        pages.forEach(p -> masters.append(p.master().sha256().hex()).append('\n'));
        return Sha256.hash(masters.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public Optional<Sha256> process(Document document, List<Page> pages, StageContext context) throws IOException {
        CaseFile caseFile = context.catalog().cases().stream().filter(c -> c.id() == document.caseId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("document " + document.id() + " has no case"));
        String documentId = caseFile.number() + "#" + document.ordinal();
        ConversionMark mark = new ConversionMark(Instant.now(), context.actor(), caseFile.court().orElse("SoHoa"),
                documentId, pages.stream().map(p -> p.master().sha256().hex()).toList());
        DocumentMetadata meta = new DocumentMetadata(document.title(), Optional.of(caseFile.number().toString()),
                Optional.of(document.type().code()), caseFile.court(), Instant.now(), Optional.of(mark));
        Path part = Files.createTempFile(context.blobs().tmpDirectory(), "assemble-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                new SearchablePdfWriter(creatorTool).write(pdfPages(pages, context), meta, out);
            }
            Sha256 pdf = context.blobs().put(part);
            context.catalog().recordDerivative(documentKey(pages), KIND, pdf, "application/pdf");
            return Optional.of(pdf);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Iterator<PdfPage> pdfPages(List<Page> pages, StageContext context) {
        Iterator<Page> each = pages.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public PdfPage next() {
                context.cancellation().check();
                return pdfPage(each.next(), context);
            }
        };
    }

    private static PdfPage pdfPage(Page page, StageContext context) {
        Sha256 master = page.master().sha256();
        Sha256 ocr = context.catalog().derivative(master, OcrStage.KIND)
                .orElseThrow(() -> new UncheckedIOException(new IOException("page " + page.id() + " has not been read")));
        PageText text = PageTextJson.read(context.blobs().read(ocr));
        PageImage image = PreparedPageImage.of(page, context).orElseGet(() -> {
            // a page read before pictures were prepared with the text (a catalog from an older version)
            Sha256 cleaned = context.catalog().derivative(master, CleanStage.KIND).orElse(master);
            byte[] bytes = context.blobs().read(cleaned);
            return PreparedPageImage.choose(page, cleaned, bytes, PageImagesIo.decode(bytes));
        });
        return new PdfPage(image, page.master().dpi(), text);
    }
}
