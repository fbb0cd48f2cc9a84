package vn.sohoa.pipeline;

import vn.sohoa.anonymize.redact.Decision;

/**
 * A reviewer's decision as the custody log records it: the action, the page, the region and the
 * reason, never the text it is about (the custody log travels in the evidence bundle, and an
 * accepted finding's text is exactly what was masked).
 */
final class DecisionText {

    private DecisionText() {
    }

    static String describe(Decision d, boolean unmatched) {
        String what = switch (d) {
            case Decision.Accept a -> "accept" + a.page().map(p -> " on page " + p).orElse("");
            case Decision.Reject r -> "reject" + r.page().map(p -> " on page " + p).orElse("") + reason(r.reason());
            case Decision.AddRegion a -> "add region " + a.box().left() + "," + a.box().top() + "," + a.box().right() + ","
                    + a.box().bottom() + " on page " + a.page() + reason(a.reason());
        };
        return unmatched ? what + " (matched nothing)" : what;
    }

    private static String reason(String reason) {
        return reason.isBlank() ? "" : " (" + reason + ")";
    }
}
