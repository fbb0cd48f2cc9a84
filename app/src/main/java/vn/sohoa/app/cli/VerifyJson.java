package vn.sohoa.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.evidence.report.EntryReport;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.i18n.Message;

/** The {@code verify --json} report; its shape is documented in the README. */
final class VerifyJson {

    private VerifyJson() {
    }

    static Map<String, Object> of(ValidationReport r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("format", r.format().code());
        m.put("status", r.status().code());
        m.put("problems", messages(r.problems(), locale));
        m.put("signatures", r.signatures().stream().map(s -> signature(s, locale)).toList());
        m.put("entries", r.entries().stream().map(e -> entry(e, locale)).toList());
        m.put("documents", r.documents().stream().map(d -> of(d, locale)).toList());
        m.put("custody", r.custody().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("intact", c.intact());
            cm.put("events", c.events());
            cm.put("problem", c.problem().map(p -> message(p, locale)).orElse(null));
            return (Object) cm;
        }).orElse(null));
        return m;
    }

    private static Map<String, Object> signature(SignatureReport s, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("status", s.status().code());
        m.put("signer", s.signer().orElse(null));
        m.put("signer_certificate_sha256", s.signerCertificateSha256().orElse(null));
        m.put("algorithm", s.algorithm());
        m.put("claimed_time", time(s.claimedTime()));
        m.put("timestamp_time", time(s.timestampTime()));
        m.put("intact", s.intact());
        m.put("trust", s.trust().name().toLowerCase(Locale.ROOT));
        m.put("covers_whole_file", s.coversWholeFile());
        m.put("level", s.level().orElse(null));
        m.put("problems", messages(s.problems(), locale));
        m.put("notes", messages(s.notes(), locale));
        return m;
    }

    private static Map<String, Object> entry(EntryReport e, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("size", e.size());
        m.put("sha256", e.sha256().orElse(null));
        m.put("problem", e.problem().map(p -> message(p, locale)).orElse(null));
        return m;
    }

    private static String time(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }

    private static List<Map<String, Object>> messages(List<Message> list, Locale locale) {
        return list.stream().map(m -> message(m, locale)).toList();
    }

    private static Map<String, Object> message(Message m, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", m.key());
        out.put("message", m.render(locale));
        return out;
    }
}
