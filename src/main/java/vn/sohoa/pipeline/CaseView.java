package vn.sohoa.pipeline;

import java.util.List;
import java.util.Map;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;

/** A case as {@code sohoa show} and the desktop present it. */
public record CaseView(CaseFile caseFile, List<DocumentView> documents) {

    public record DocumentView(Document document, List<PageView> pages) {
    }

    /**
     * A page, its bút lục (its number in the whole case file, counted across documents in file
     * order) and its status in each stage (PENDING, RUNNING, DONE, FAILED).
     */
    public record PageView(Page page, int butLuc, Map<String, String> stages) {
    }
}
