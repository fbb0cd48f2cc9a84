package vn.sohoa.pipeline.stages;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.imaging.Rotation;
import vn.sohoa.ocr.CleanOptions;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.ocr.PageCleaner;
import vn.sohoa.pipeline.PageStage;
import vn.sohoa.pipeline.StageContext;

/**
 * Turns each page upright, straightens it and tells whether it is blank. The master is never
 * touched: a changed image is stored as a PNG derivative ({@value #KIND}), an unchanged page's
 * derivative is its master itself, and the facts (turn, skew, blank) are a JSON derivative
 * ({@value #FACTS}). A page the clerk turned ({@code store.PageTurns}) is turned first, and its
 * automatic orientation is left out. A blank page is logged in the custody log and kept in its document.
 * A page of an imported PDF that already carries text is left as it is ({@link ImportedText}).
 */
public final class CleanStage implements PageStage {

    public static final String NAME = "clean";
    public static final String KIND = "clean";
    public static final String FACTS = "clean.facts";

    private final OcrResources ocr;

    public CleanStage(OcrResources ocr) {
        this.ocr = ocr;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Sha256> process(Page page, StageContext context) {
        Sha256 master = page.master().sha256();
        int manualTurn = context.catalog().pageTurns().of(page.id());
        BufferedImage decoded = Rotation.quarterTurns(PageImagesIo.decode(context.blobs().read(master)), manualTurn);
        // The clerk's turn replaces the automatic one: orientation detection that got the page wrong
        // once would undo the clerk's correction.
        CleanOptions options = manualTurn == 0 ? CleanOptions.ALL : new CleanOptions(true, false, true);
        CleanedPage cleaned = ImportedText.of(page, context).isPresent()
                ? new CleanedPage(decoded, 0, 0, false)
                : PageCleaner.clean(decoded, page.master().dpi(), options, ocr.engines());
        boolean changed = cleaned.changed() || manualTurn != 0;
        Sha256 image = changed ? context.blobs().put(PageImagesIo.png(cleaned.image())) : master;
        String facts = String.format(Locale.ROOT, "{\"turn\":%d,\"skew\":%.2f,\"blank\":%b,\"manualTurn\":%d}",
                Math.floorMod(cleaned.clockwiseTurn() + manualTurn, 360), cleaned.skewDegrees(), cleaned.blank(), manualTurn);
        Sha256 factsBlob = context.blobs().put(facts.getBytes(StandardCharsets.UTF_8));
        context.catalog().inTransaction(() -> {
            context.catalog().recordDerivative(master, KIND, image, changed ? "image/png" : page.master().mediaType());
            context.catalog().recordDerivative(master, FACTS, factsBlob, "application/json");
            if (cleaned.blank()) {
                context.catalog().custody().append(context.actor(), "page.blank", Optional.of(master),
                        "page " + page.id() + " is blank; kept in its document");
            }
            return null;
        });
        return Optional.of(image);
    }

    /** Whether the clean stage found the page blank. */
    static boolean isBlank(Sha256 master, StageContext context) {
        return context.catalog().derivative(master, FACTS)
                .map(f -> new String(context.blobs().read(f), StandardCharsets.UTF_8).contains("\"blank\":true"))
                .orElse(false);
    }
}
