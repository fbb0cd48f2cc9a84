package vn.sohoa.anonymize.redact;

import java.util.List;

import vn.sohoa.ocr.Box;

/**
 * One masked item of a published copy, as the redaction log states it: the page (1-based), the
 * regions burnt on it (image pixels), what kind of data it was, the code or label drawn in its
 * place, the rule that found it, the legal basis, and who decided (the detector or a reviewer).
 * The original text is never part of it.
 */
public record MaskedItem(int page, List<Box> regions, String type, String code, String rule, String basis,
                         String decidedBy) {

    public MaskedItem {
        regions = List.copyOf(regions);
    }
}
