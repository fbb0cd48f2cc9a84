package vn.sohoa.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.capture.PageCountCheck;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.quality.QualityFlag;

/** A case as {@code sohoa show} and the desktop present it. */
public record CaseView(CaseFile caseFile, List<DocumentView> documents) {

    /** A document, its pages, and the page count declared for it (by the clerk or its separator sheet), if any. */
    public record DocumentView(Document document, List<PageView> pages, Optional<Integer> declaredPages) {

        /** The declared count against the pages the document has, when a count was declared. */
        public Optional<PageCountCheck> pageCount() {
            return declaredPages.map(declared -> new PageCountCheck(declared, pages.size()));
        }
    }

    /**
     * A page, its bút lục (its number in the whole case file, counted across documents in file
     * order), its status in each stage (PENDING, RUNNING, DONE, FAILED), and the quality gate's
     * flags (empty when it passed or has not been judged yet).
     */
    public record PageView(Page page, int butLuc, Map<String, String> stages, List<QualityFlag> quality) {

        public PageView {
            quality = List.copyOf(quality);
        }
    }
}
