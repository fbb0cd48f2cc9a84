package vn.sohoa.anonymize.redact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.sohoa.anonymize.audit.LeakReport;

/**
 * The redaction log of a published copy (DESIGN.md, "Anonymized copy"), as JSON: which items were
 * masked on which page, with what code, by which rule and on what legal basis, who decided, the
 * reviewer's decisions, and the leak audit's outcome. It names no original text (an accepted
 * finding is logged by page and action only), so it may travel with the public copy; the evidence
 * bundle carries it under its manifest signature.
 */
public final class RedactionLog {

    public static final String FORMAT = "sohoa-redaction-log/1";

    private RedactionLog() {
    }

    /** What the log says about the copy beside its items. */
    public record Header(String document, String sourceSha256, String publishedSha256, String operator, Instant created) {
    }

    public static byte[] json(Header header, RedactionPlan plan, List<Decision> decisions, LeakReport audit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("document", header.document());
        m.put("source_sha256", header.sourceSha256());
        m.put("published_sha256", header.publishedSha256());
        m.put("operator", header.operator());
        m.put("created", header.created().toString());
        List<Map<String, Object>> items = new ArrayList<>();
        for (MaskedItem i : plan.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("page", i.page());
            im.put("type", i.type());
            im.put("code", i.code());
            im.put("rule", i.rule());
            im.put("basis", i.basis());
            im.put("decided_by", i.decidedBy());
            im.put("regions", i.regions().stream().map(b -> List.of(b.left(), b.top(), b.right(), b.bottom())).toList());
            items.add(im);
        }
        m.put("items", items);
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Decision d : decisions) {
            Map<String, Object> dm = new LinkedHashMap<>();
            switch (d) {
                case Decision.Accept a -> {
                    dm.put("action", "accept");
                    dm.put("page", a.page().orElse(null));
                }
                case Decision.Reject r -> {
                    dm.put("action", "reject");
                    dm.put("page", r.page().orElse(null));
                    dm.put("reason", r.reason());
                }
                case Decision.AddRegion a -> {
                    dm.put("action", "add");
                    dm.put("page", a.page());
                    dm.put("box", List.of(a.box().left(), a.box().top(), a.box().right(), a.box().bottom()));
                    dm.put("reason", a.reason());
                }
            }
            dm.put("reviewer", d.reviewer());
            dm.put("matched", !plan.unmatched().contains(d));
            ds.add(dm);
        }
        m.put("decisions", ds);
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("passed", audit.passed());
        am.put("originals_checked", audit.checked());
        am.put("originals_also_in_public_text", audit.uncheckable());
        am.put("revisions", audit.revisions());
        am.put("streams", audit.streams());
        am.put("pages_reread", audit.pagesReread());
        am.put("leaks", audit.leaks().stream().map(l -> Map.of("place", l.place().name(), "where", l.where(), "type", l.type())).toList());
        m.put("leak_audit", am);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
