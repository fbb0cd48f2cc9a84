package vn.sohoa.pipeline.stages;

import java.awt.image.BufferedImage;
import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.PageText;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.PageStage;
import vn.sohoa.pipeline.StageContext;
import vn.sohoa.quality.QualityGate;
import vn.sohoa.quality.QualityJson;

/**
 * Reads the cleaned page with Tesseract (the calling worker's own engine), or takes the text an
 * imported PDF page already carries ({@link ImportedText}), and stores the words
 * with their boxes and confidences as a JSON derivative ({@value #KIND}) of the master, with what
 * the quality gate measures on the page as read ({@value QualityStage#MEASURES}) and the page's
 * picture compressed for the PDF/A ({@link PreparedPageImage}), so the document is assembled
 * without reading its pages' images again.
 */
public final class OcrStage implements PageStage {

    public static final String NAME = "ocr";
    public static final String KIND = "ocr";

    private final OcrResources ocr;

    public OcrStage(OcrResources ocr) {
        this.ocr = ocr;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Sha256> process(Page page, StageContext context) {
        Sha256 master = page.master().sha256();
        Sha256 cleaned = context.catalog().derivative(master, CleanStage.KIND).orElse(master);
        byte[] bytes = context.blobs().read(cleaned);
        BufferedImage image = PageImagesIo.decode(bytes);
        Optional<PageText> existing = ImportedText.of(page, context);
        PageText text = existing.isPresent() ? existing.get()
                : CleanStage.isBlank(master, context) ? PageText.empty(image.getWidth(), image.getHeight())
                : ocr.engines().recognize(image, page.master().dpi());
        Sha256 json = context.blobs().put(PageTextJson.write(text));
        Sha256 measures = context.blobs().put(QualityJson.write(
                QualityGate.measure(image, page.master().dpi(), text, CleanStage.isBlank(master, context))));
        Optional<Sha256> prepared = PreparedPageImage.prepare(PreparedPageImage.choose(page, cleaned, bytes, image), context);
        context.catalog().inTransaction(() -> {
            context.catalog().recordDerivative(master, KIND, json, "application/json");
            context.catalog().recordDerivative(master, QualityStage.MEASURES, measures, "application/json");
            context.catalog().fullText().index(page.id(), text.text());
            prepared.ifPresent(p -> PreparedPageImage.record(master, p, context));
            return null;
        });
        return Optional.of(json);
    }
}
