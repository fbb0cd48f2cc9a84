package vn.sohoa.anonymize.redact;

import java.util.Optional;

import vn.sohoa.ocr.Box;

/**
 * What a reviewer decided about the proposed masks (DESIGN.md, "review"): accept a finding, reject
 * one (its text stays readable), or add a region the detectors missed. Findings are named by their
 * text and, optionally, the page (1-based) they are on; a region by its page and box in image pixels.
 */
public sealed interface Decision {

    String reviewer();

    record Accept(String text, Optional<Integer> page, String reviewer) implements Decision {
    }

    record Reject(String text, Optional<Integer> page, String reviewer, String reason) implements Decision {
    }

    record AddRegion(int page, Box box, String label, String reviewer, String reason) implements Decision {
    }
}
