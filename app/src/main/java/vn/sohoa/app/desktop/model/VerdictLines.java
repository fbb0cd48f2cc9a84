package vn.sohoa.app.desktop.model;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.sohoa.evidence.report.EntryReport;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.i18n.Message;

/** Turns the engine's validation report into the judge's lines: the bundle first, then each document, green or red with the reason. */
public final class VerdictLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final Texts texts;

    public VerdictLines(Texts texts) {
        this.texts = texts;
    }

    public List<Verdict> of(ValidationReport report) {
        List<Verdict> lines = new ArrayList<>();
        if (report.format() == ValidationReport.Format.PDF) {
            lines.add(document(report.file(), report, Optional.empty()));
            return lines;
        }
        lines.add(bundle(report));
        for (EntryReport entry : report.entries()) {
            Optional<ValidationReport> pdf = report.documents().stream().filter(d -> d.file().equals(entry.name())).findFirst();
            if (pdf.isPresent()) {
                lines.add(document(entry.name(), pdf.get(), entry.problem()));
            } else if (!entry.ok()) {
                lines.add(new Verdict(entry.name(), false, texts.render(entry.problem().orElseThrow())));
            }
        }
        return lines;
    }

    private Verdict bundle(ValidationReport r) {
        String subject = texts.get("viewer.bundle", r.file());
        if (!r.problems().isEmpty()) {
            return new Verdict(subject, false, texts.render(r.problems().getFirst()));
        }
        Optional<String> custodyProblem = r.custody().filter(c -> !c.intact())
                .map(c -> c.problem().map(texts::render).orElse(texts.get("viewer.custody.broken")));
        if (custodyProblem.isPresent()) {
            return new Verdict(subject, false, custodyProblem.get());
        }
        if (r.signatures().isEmpty()) {
            return new Verdict(subject, false, texts.get("viewer.unsigned"));
        }
        SignatureReport s = r.signatures().getFirst();
        boolean entriesOk = r.entries().stream().allMatch(EntryReport::ok);
        if (!entriesOk) {
            return new Verdict(subject, false, texts.get("viewer.entriesChanged"));
        }
        return signature(subject, s);
    }

    private Verdict document(String subject, ValidationReport r, Optional<Message> entryProblem) {
        if (entryProblem.isPresent()) {
            return new Verdict(subject, false, texts.render(entryProblem.get()));
        }
        if (!r.problems().isEmpty()) {
            return new Verdict(subject, false, texts.render(r.problems().getFirst()));
        }
        if (r.signatures().isEmpty()) {
            return new Verdict(subject, false, texts.get("viewer.unsigned"));
        }
        // The worst signature speaks for the document.
        SignatureReport worst = r.signatures().stream()
                .max(java.util.Comparator.comparingInt((SignatureReport s) -> s.status().ordinal())).orElseThrow();
        return signature(subject, r.signatures().stream().filter(s -> s.kind() == SignatureReport.Kind.SIGNATURE)
                .filter(s -> s.status() == worst.status()).findFirst().orElse(worst));
    }

    private Verdict signature(String subject, SignatureReport s) {
        Status status = s.status();
        String signer = s.signer().orElse("—");
        String when = s.timestampTime().or(s::claimedTime).map(TIME::format).orElse("—");
        return switch (status) {
            case VALID -> new Verdict(subject, true, texts.get("viewer.valid", signer, when, s.level().orElse("—")));
            case PENDING_TIMESTAMP -> new Verdict(subject, true, texts.get("viewer.pending", signer, when, s.level().orElse("—")));
            case UNTRUSTED -> new Verdict(subject, false, texts.get("viewer.untrusted", signer));
            case INVALID -> new Verdict(subject, false, s.problems().isEmpty()
                    ? texts.get(s.intact() ? "viewer.invalid" : "viewer.changed")
                    : texts.render(s.problems().getFirst()));
        };
    }
}
