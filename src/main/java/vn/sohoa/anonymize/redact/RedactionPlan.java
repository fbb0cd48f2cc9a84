package vn.sohoa.anonymize.redact;

import java.util.List;

import vn.sohoa.anonymize.audit.Secret;
import vn.sohoa.ocr.PageText;

/**
 * What to publish for one document: per page the text layer with codes in place of the originals
 * and the regions to burn into the image; the items for the redaction log; the originals the leak
 * audit must not find; the published text as a whole; and the decisions that matched nothing.
 */
public record RedactionPlan(List<PageText> publishedPages, List<List<Burn>> burns, List<MaskedItem> items,
                            List<Secret> secrets, String publishedText, List<Decision> unmatched) {

    public RedactionPlan {
        publishedPages = List.copyOf(publishedPages);
        burns = burns.stream().map(List::copyOf).toList();
        items = List.copyOf(items);
        secrets = List.copyOf(secrets);
        unmatched = List.copyOf(unmatched);
    }
}
