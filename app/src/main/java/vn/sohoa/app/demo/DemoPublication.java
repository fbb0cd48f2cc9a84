package vn.sohoa.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.AnonymizeOptions;
import vn.sohoa.pipeline.AnonymizeReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;

/**
 * The demo's published copies: every document of the case anonymized into {@code DIR/published/}
 * with its redaction log, each released only after the leak audit passed. A document refused for
 * publication (a minor takes part) is counted with its reason and has no copy; a leak stops the demo.
 */
public final class DemoPublication {

    /** What was published: copies written, items masked in all, refusals with their reasons. */
    public record Outcome(int copies, int itemsMasked, int originalsChecked, List<Message> refused, long millis) {
    }

    private DemoPublication() {
    }

    static Outcome run(Workstation ws, CaseNumber number, DemoLayout layout, ProgressListener progress, Cancellation cancellation) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(layout.published());
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("demo.cannotWrite", layout.root().toString()), e);
        }
        CaseFile caseFile = ws.catalog().findCase(number).orElseThrow();
        int copies = 0;
        int items = 0;
        int checked = 0;
        List<Message> refused = new ArrayList<>();
        for (Document d : ws.catalog().documents(caseFile.id())) {
            String name = String.format(Locale.ROOT, "%02d-%s", d.ordinal(), d.type().code());
            try {
                AnonymizeReport r = ws.anonymize(number, d.ordinal(), layout.published().resolve(name + ".pdf"),
                        Optional.of(layout.published().resolve(name + ".redactions.json")), AnonymizeOptions.defaults(ws.operator()),
                        progress, cancellation);
                copies++;
                items += r.plan().items().size();
                checked += r.audit().checked();
            } catch (SohoaException e) {
                if (!e.userMessage().key().startsWith("publish.refused.")) {
                    throw e;
                }
                refused.add(e.userMessage());
            }
        }
        return new Outcome(copies, items, checked, refused, (System.nanoTime() - start) / 1_000_000);
    }
}
