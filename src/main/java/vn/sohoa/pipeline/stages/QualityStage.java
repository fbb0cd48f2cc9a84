package vn.sohoa.pipeline.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.DocumentStage;
import vn.sohoa.pipeline.StageContext;
import vn.sohoa.quality.PageMeasures;
import vn.sohoa.quality.PageQuality;
import vn.sohoa.quality.QualityFlag;
import vn.sohoa.quality.QualityGate;
import vn.sohoa.quality.QualityJson;

/**
 * The scan quality gate over a whole document, once every page is read: each page's verdict (its
 * flags and measures) is stored as the {@value #KIND} derivative of its master, and each flagged
 * page gets a custody event, so the clerk sees what to rescan before release.
 */
public final class QualityStage implements DocumentStage {

    public static final String NAME = "quality";
    public static final String KIND = "quality";
    /** What the ocr stage measured on a page, kept for this stage. */
    public static final String MEASURES = "quality.measures";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Sha256> process(Document document, List<Page> pages, StageContext context) {
        List<PageMeasures> measures = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Optional<Sha256> blob = context.catalog().derivative(page.master().sha256(), MEASURES);
            measures.add(blob.isPresent() ? QualityJson.readMeasures(context.blobs().read(blob.get())) : measureNow(page, context));
        }
        List<PageQuality> verdicts = QualityGate.judge(measures);
        context.catalog().inTransaction(() -> {
            for (int i = 0; i < pages.size(); i++) {
                Sha256 master = pages.get(i).master().sha256();
                PageQuality verdict = verdicts.get(i);
                Sha256 blob = context.blobs().put(QualityJson.write(verdict));
                context.catalog().recordDerivative(master, KIND, blob, "application/json");
                if (!verdict.passed()) {
                    context.catalog().custody().append(context.actor(), "page.quality", Optional.of(master),
                            "page " + pages.get(i).id() + " flagged: "
                                    + String.join(", ", verdict.flags().stream().map(QualityFlag::code).toList()));
                }
            }
            return null;
        });
        return Optional.empty();
    }

    /** Measures a page read before the ocr stage kept its measures (a catalog from an older version). */
    private static PageMeasures measureNow(Page page, StageContext context) {
        Sha256 master = page.master().sha256();
        Sha256 ocr = context.catalog().derivative(master, OcrStage.KIND)
                .orElseThrow(() -> new UncheckedIOException(new IOException("page " + page.id() + " has not been read")));
        Sha256 cleaned = context.catalog().derivative(master, CleanStage.KIND).orElse(master);
        return QualityGate.measure(PageImagesIo.decode(context.blobs().read(cleaned)), page.master().dpi(),
                PageTextJson.read(context.blobs().read(ocr)), CleanStage.isBlank(master, context));
    }

    /** A page's verdict, once the stage has judged its document. */
    public static Optional<PageQuality> of(Page page, StageContext context) {
        return context.catalog().derivative(page.master().sha256(), KIND)
                .map(blob -> QualityJson.readQuality(context.blobs().read(blob)));
    }
}
