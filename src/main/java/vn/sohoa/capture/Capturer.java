package vn.sohoa.capture;

import java.util.Optional;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * The one way a page enters SoHoa, from a file or a scanner: the master is made durable in the
 * blob store first, then the page and its {@code page.captured} custody event are committed together.
 * Capturing the same origin twice returns the page already captured.
 */
public final class Capturer {

    private final Catalog catalog;
    private final BlobStore blobs;
    private final String actor;

    public Capturer(Catalog catalog, BlobStore blobs, String actor) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.actor = actor;
    }

    /** Stores the master bytes (durably, once) and describes them; nothing is in the catalog yet. */
    public MasterImage storeMaster(EncodedPage page) {
        Sha256 sha = blobs.put(page.bytes());
        return new MasterImage(sha, page.mediaType(), page.widthPx(), page.heightPx(), page.dpi(), page.bytes().length);
    }

    /** Records a stored master as page {@code sequence} of {@code document}, unless {@code origin} is already there. */
    public Page record(Document document, Batch batch, int sequence, MasterImage master, String origin) {
        Optional<Page> existing = catalog.findPage(document.id(), origin);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!blobs.contains(master.sha256())) {
            throw new IllegalStateException("master " + master.sha256() + " must be stored before its page is recorded");
        }
        return catalog.capturePage(document.id(), batch.id(), sequence, master, origin, actor);
    }

    public Page capture(Document document, Batch batch, int sequence, EncodedPage page, String origin) {
        Optional<Page> existing = catalog.findPage(document.id(), origin);
        return existing.orElseGet(() -> record(document, batch, sequence, storeMaster(page), origin));
    }
}
