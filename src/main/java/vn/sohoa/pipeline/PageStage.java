package vn.sohoa.pipeline;

import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;

/** A stage that works on one page at a time; pages flow through the page stages in parallel. */
public non-sealed interface PageStage extends Stage {

    /** Does the work for one page and returns the hash of what it produced, if anything. */
    Optional<Sha256> process(Page page, StageContext context) throws Exception;
}
