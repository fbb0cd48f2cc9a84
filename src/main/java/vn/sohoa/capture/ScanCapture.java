package vn.sohoa.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.store.Catalog;

/**
 * Scans into a document: each page is stored and hashed the moment it leaves the scanner, so a
 * jam or a vanished scanner loses nothing already scanned, and a later scan can resume into the
 * same document after its last page.
 */
public final class ScanCapture {

    private final Catalog catalog;
    private final Capturer capturer;
    private final String actor;

    public ScanCapture(Catalog catalog, Capturer capturer, String actor) {
        this.catalog = catalog;
        this.capturer = capturer;
        this.actor = actor;
    }

    /** Where the pages go: a new document of {@code type}, or an existing one to continue. */
    public sealed interface Into {
        record NewDocument(DocumentType type, String title) implements Into { }

        record ExistingDocument(int ordinal) implements Into { }
    }

    public ScanResult scan(ScannerDevice device, ScanSettings settings, CaseFile caseFile, Batch batch, Into into,
                           Consumer<Page> onCaptured, Cancellation cancellation) {
        Document document = switch (into) {
            case Into.NewDocument n -> catalog.openDocument(caseFile.id(), "scan:" + batch.id(), n.type(), n.title(),
                    actor, Optional.empty());
            case Into.ExistingDocument e -> catalog.documents(caseFile.id()).stream()
                    .filter(d -> d.ordinal() == e.ordinal()).findFirst()
                    .orElseThrow(() -> SohoaException.badInput("scan.noDocument", e.ordinal(), caseFile.number().toString()));
        };
        int after = catalog.pages(document.id()).stream().mapToInt(Page::sequence).max().orElse(0);
        List<Page> captured = new ArrayList<>();
        ScanControl control = new ScanControl();
        ScanOutcome outcome = device.scan(settings, scanned -> {
            if (cancellation.isCancelled()) {
                control.cancel();
            }
            Page page = capture(document, batch, after, scanned);
            captured.add(page);
            onCaptured.accept(page);
        }, control);
        catalog.custody().append(actor, "scan.ended", Optional.empty(),
                "batch " + batch.id() + " document " + document.id() + " from " + device.info().id() + ": " + outcome);
        return new ScanResult(document, List.copyOf(captured), outcome);
    }

    private Page capture(Document document, Batch batch, int after, ScannedPage scanned) {
        EncodedPage encoded = MasterEncoder.encode(scanned.image(), scanned.dpi());
        String origin = "scan:" + batch.id() + "#" + scanned.sequence() + ":" + scanned.side();
        return capturer.capture(document, batch, after + scanned.sequence(), encoded, origin);
    }

    /** The document scanned into, the pages captured now, and how the scan ended. */
    public record ScanResult(Document document, List<Page> pages, ScanOutcome outcome) {
    }
}
