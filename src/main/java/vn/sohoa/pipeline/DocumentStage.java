package vn.sohoa.pipeline;

import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;

/** A stage that works on a whole document, once every page stage is done for all its pages. */
public non-sealed interface DocumentStage extends Stage {

    Optional<Sha256> process(Document document, List<Page> pages, StageContext context) throws Exception;
}
