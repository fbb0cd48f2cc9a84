package vn.sohoa.evidence.report;

import java.util.List;
import java.util.Optional;

import vn.sohoa.i18n.Message;

/**
 * The one report of offline verification, whatever the format: a signed PDF, or an ASiC-E bundle
 * with its entries, manifest signature, the documents inside (each a report of its own) and the
 * custody chain.
 */
public record ValidationReport(String file, Format format, List<SignatureReport> signatures, List<EntryReport> entries,
                               List<ValidationReport> documents, Optional<CustodyCheck> custody,
                               List<Message> problems) {

    public enum Format { PDF, ASICE;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The custody chain carried in a bundle: intact with its event count, or where it breaks. */
    public record CustodyCheck(boolean intact, long events, Optional<Message> problem) {
    }

    public ValidationReport {
        signatures = List.copyOf(signatures);
        entries = List.copyOf(entries);
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public static ValidationReport ofPdf(String file, List<SignatureReport> signatures, List<Message> problems) {
        return new ValidationReport(file, Format.PDF, signatures, List.of(), List.of(), Optional.empty(), problems);
    }

    public Status status() {
        Status s = problems.isEmpty() ? Status.VALID : Status.INVALID;
        if (signatures.isEmpty()) {
            s = Status.INVALID;
        }
        for (SignatureReport r : signatures) {
            s = s.and(r.status());
        }
        for (EntryReport e : entries) {
            if (!e.ok()) {
                s = Status.INVALID;
            }
        }
        for (ValidationReport d : documents) {
            s = s.and(d.status());
        }
        if (custody.isPresent() && !custody.get().intact()) {
            s = Status.INVALID;
        }
        return s;
    }
}
