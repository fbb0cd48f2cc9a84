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
import vn.sohoa.capture.separator.SeparatorReader;
import vn.sohoa.capture.separator.SeparatorSheet;
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
 * same document after its last page. A separator sheet (QR code) in the stack starts a new
 * document of the type it names, with the page count it declares; the sheet itself is kept and
 * logged, but is not a page of the file.
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
        record NewDocument(DocumentType type, String title, Optional<String> origin) implements Into {
            public NewDocument(DocumentType type, String title) {
                this(type, title, Optional.empty());
            }

            NewDocument(DocumentType type, String title, String origin) {
                this(type, title, Optional.of(origin));
            }
        }

        record ExistingDocument(int ordinal) implements Into { }
    }

    public ScanResult scan(ScannerDevice device, ScanSettings settings, CaseFile caseFile, Batch batch, Into into,
                           Consumer<Page> onCaptured, Cancellation cancellation) {
        Target target = new Target(caseFile, batch, into);
        List<Page> captured = new ArrayList<>();
        ScanControl control = new ScanControl();
        ScanOutcome outcome = device.scan(settings, scanned -> {
            if (cancellation.isCancelled()) {
                control.cancel();
            }
            Optional<SeparatorSheet> separator = SeparatorReader.read(scanned.image());
            if (separator.isPresent()) {
                target.separator(separator.get(), capturer.storeMaster(MasterEncoder.encode(scanned.image(), scanned.dpi())));
                return;
            }
            Page page = target.capture(scanned);
            captured.add(page);
            onCaptured.accept(page);
        }, control);
        catalog.custody().append(actor, "scan.ended", Optional.empty(),
                "batch " + batch.id() + " from " + device.info().id() + ": " + outcome);
        return new ScanResult(target.documents(), List.copyOf(captured), outcome);
    }

    /**
     * The document pages go into now: the one asked for, until a separator sheet starts another.
     * A stack that begins with a separator never creates the empty document it would replace.
     */
    private final class Target {
        private final CaseFile caseFile;
        private final Batch batch;
        private final List<Document> documents = new ArrayList<>();
        private Into next;
        private Document current;
        private int sequence;
        private int separators;

        Target(CaseFile caseFile, Batch batch, Into into) {
            this.caseFile = caseFile;
            this.batch = batch;
            this.next = into;
            if (into instanceof Into.ExistingDocument) {
                open();
            }
        }

        Page capture(ScannedPage scanned) {
            if (current == null) {
                open();
            }
            EncodedPage encoded = MasterEncoder.encode(scanned.image(), scanned.dpi());
            String origin = "scan:" + batch.id() + "#" + scanned.sequence() + ":" + scanned.side();
            return capturer.capture(current, batch, ++sequence, encoded, origin);
        }

        void separator(SeparatorSheet sheet, vn.sohoa.casefile.MasterImage image) {
            separators++;
            String note = sheet.caseNumber().equals(caseFile.number()) ? "" : " (the sheet names case " + sheet.caseNumber() + ")";
            catalog.custody().append(actor, "separator.scanned", Optional.of(image.sha256()),
                    "batch " + batch.id() + " separator " + separators + ": " + sheet.type().code() + " " + sheet.title() + note);
            next = new Into.NewDocument(sheet.type(), sheet.title(), "scan:" + batch.id() + ":sep" + separators);
            current = null;
            if (sheet.declaredPages().isPresent()) {
                // Opened now, not at its first page: a sheet whose pages never came must still be caught by its count.
                open();
                catalog.pageOrder().declare(current.id(), sheet.declaredPages().getAsInt(), actor);
            }
        }

        private void open() {
            current = switch (next) {
                case Into.NewDocument n -> catalog.openDocument(caseFile.id(), n.origin().orElse("scan:" + batch.id()),
                        n.type(), n.title(), actor, Optional.empty());
                case Into.ExistingDocument e -> catalog.documents(caseFile.id()).stream()
                        .filter(d -> d.ordinal() == e.ordinal()).findFirst()
                        .orElseThrow(() -> SohoaException.badInput("scan.noDocument", e.ordinal(), caseFile.number().toString()));
            };
            sequence = catalog.pages(current.id()).stream().mapToInt(Page::sequence).max().orElse(0);
            if (!documents.contains(current)) {
                documents.add(current);
            }
        }

        List<Document> documents() {
            return List.copyOf(documents);
        }
    }

    /** The documents scanned into (more than one when separator sheets split the stack), the pages, the end. */
    public record ScanResult(List<Document> documents, List<Page> pages, ScanOutcome outcome) {

        /** The first document scanned into. */
        public Document document() {
            return documents.getFirst();
        }
    }
}
