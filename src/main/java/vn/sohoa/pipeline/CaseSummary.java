package vn.sohoa.pipeline;

import vn.sohoa.casefile.CaseFile;

/** A line of the case list. */
public record CaseSummary(CaseFile caseFile, int documents, int pages) {
}
