package vn.sohoa.pipeline.stages;

import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.PageStage;
import vn.sohoa.pipeline.StageContext;
import vn.sohoa.pipeline.StageFailure;

/**
 * Re-reads a page's master from the blob store and checks it still hashes to what was logged at
 * capture, logging {@code fixity.verified} (or {@code fixity.failed}) in the custody log.
 */
public final class FixityStage implements PageStage {

    public static final String NAME = "fixity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Sha256> process(Page page, StageContext context) throws StageFailure {
        Sha256 expected = page.master().sha256();
        if (!context.blobs().contains(expected)) {
            context.catalog().custody().append(context.actor(), "fixity.failed", Optional.of(expected),
                    "page " + page.id() + " master missing");
            throw new StageFailure("the master of page " + page.id() + " is missing from the blob store");
        }
        Sha256 actual = context.blobs().rehash(expected);
        if (!actual.equals(expected)) {
            context.catalog().custody().append(context.actor(), "fixity.failed", Optional.of(expected),
                    "page " + page.id() + " master now hashes to " + actual);
            throw new StageFailure("the master of page " + page.id() + " has changed since capture");
        }
        context.catalog().custody().append(context.actor(), "fixity.verified", Optional.of(expected), "page " + page.id());
        return Optional.of(actual);
    }
}
