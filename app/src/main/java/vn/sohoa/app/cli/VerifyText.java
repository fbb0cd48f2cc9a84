package vn.sohoa.app.cli;

import java.time.Instant;
import java.util.Optional;

import vn.sohoa.evidence.report.EntryReport;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.i18n.Message;

/** The human verify report, in Vietnamese or English: the verdict first, then each signature and what is wrong. */
final class VerifyText {

    private final Terminal t;

    VerifyText(Terminal t) {
        this.t = t;
    }

    void print(ValidationReport r) {
        print(r, "");
    }

    private void print(ValidationReport r, String indent) {
        t.out().println(indent + t.text("verify.file", r.file(), r.format().code().toUpperCase(java.util.Locale.ROOT),
                t.text("verify.status." + r.status().code())));
        for (Message p : r.problems()) {
            t.out().println(indent + "  " + t.text("verify.problem", p.render(t.locale())));
        }
        for (EntryReport e : r.entries()) {
            if (!e.ok()) {
                t.out().println(indent + "  " + t.text("verify.entry", e.name(), e.problem().orElseThrow().render(t.locale())));
            }
        }
        r.custody().ifPresent(c -> t.out().println(indent + "  " + (c.intact()
                ? t.text("verify.custody.intact", c.events())
                : t.text("verify.custody.broken", c.problem().map(m -> m.render(t.locale())).orElse("")))));
        int n = 0;
        for (SignatureReport s : r.signatures()) {
            n++;
            t.out().println(indent + "  " + t.text("verify.signature." + s.kind().name().toLowerCase(java.util.Locale.ROOT),
                    n, s.id(), t.text("verify.status." + s.status().code())));
            t.out().println(indent + "    " + t.text("verify.signer", s.signer().orElse("—")));
            t.out().println(indent + "    " + t.text("verify.algorithm", s.algorithm(), s.level().orElse("—")));
            t.out().println(indent + "    " + t.text("verify.times", time(s.claimedTime()), time(s.timestampTime())));
            t.out().println(indent + "    " + t.text(s.coversWholeFile() ? "verify.coversAll" : "verify.coversPart"));
            for (Message p : s.problems()) {
                t.out().println(indent + "    " + t.text("verify.problem", p.render(t.locale())));
            }
            for (Message p : s.notes()) {
                t.out().println(indent + "    " + t.text("verify.note", p.render(t.locale())));
            }
        }
        for (ValidationReport d : r.documents()) {
            print(d, indent + "  ");
        }
    }

    private String time(Optional<Instant> time) {
        return time.map(Instant::toString).orElse("—");
    }
}
