package vn.sohoa.capture;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.store.Catalog;

/**
 * Puts a case file's structure right after scanning: a page inserted in the middle of a document,
 * a bad page replaced by a rescan (its old master kept), the backs of a manual duplex scan put
 * after their fronts. The new master is durable before the catalog changes.
 */
public final class PageEdits {

    private final Catalog catalog;
    private final Capturer capturer;
    private final String actor;

    public PageEdits(Catalog catalog, Capturer capturer, String actor) {
        this.catalog = catalog;
        this.capturer = capturer;
        this.actor = actor;
    }

    /** Inserts {@code image} as page {@code position} of the document (count + 1 appends). */
    public Page insert(Document document, Batch batch, int position, BufferedImage image, int dpi, String origin) {
        int count = catalog.pages(document.id()).size();
        if (position < 1 || position > count + 1) {
            throw SohoaException.badInput("pages.badPosition", position, document.ordinal(), count + 1);
        }
        MasterImage master = capturer.storeMaster(MasterEncoder.encode(image, dpi));
        return catalog.pageOrder().insert(document.id(), batch.id(), position, master, origin, actor);
    }

    /** Inserts an already encoded page (a page of an image file or PDF) as page {@code position} of the document. */
    public Page insert(Document document, Batch batch, int position, EncodedPage page, String origin) {
        int count = catalog.pages(document.id()).size();
        if (position < 1 || position > count + 1) {
            throw SohoaException.badInput("pages.badPosition", position, document.ordinal(), count + 1);
        }
        return catalog.pageOrder().insert(document.id(), batch.id(), position, capturer.storeMaster(page), origin, actor);
    }

    /**
     * Moves pages that were appended to the document (a scan of more pages) to {@code position}, in the
     * order given, the pages from there on moving down; one reorder with its custody event.
     */
    public void moveTo(Document document, List<Long> pageIds, int position, String why) {
        List<Long> rest = new java.util.ArrayList<>(catalog.pages(document.id()).stream().map(Page::id).toList());
        rest.removeAll(pageIds);
        int at = Math.max(0, Math.min(position - 1, rest.size()));
        rest.addAll(at, pageIds);
        catalog.pageOrder().reorder(document.id(), rest, why, actor);
    }

    /** Gives page {@code sequence} a new master; the old one stays in the store and the custody log. */
    public Page replace(Document document, int sequence, BufferedImage image, int dpi, String reason) {
        int count = catalog.pages(document.id()).size();
        if (sequence < 1 || sequence > count) {
            throw SohoaException.badInput("pages.noPage", sequence, document.ordinal(), count);
        }
        MasterImage master = capturer.storeMaster(MasterEncoder.encode(image, dpi));
        return catalog.pageOrder().replace(document.id(), sequence, master, reason, actor);
    }

    /**
     * After a manual duplex pass: the document's first {@code fronts} pages are the fronts, the pages
     * after them the backs as scanned. Interleaves them when the counts agree; otherwise leaves the
     * order as it is and says so, so that no back is put behind the wrong front.
     */
    public boolean interleaveBacks(Document document, int fronts) {
        List<Page> pages = catalog.pages(document.id());
        List<Long> frontIds = pages.subList(0, Math.min(fronts, pages.size())).stream().map(Page::id).toList();
        List<Long> backIds = pages.subList(Math.min(fronts, pages.size()), pages.size()).stream().map(Page::id).toList();
        if (frontIds.size() != backIds.size() || frontIds.isEmpty()) {
            return false;
        }
        catalog.pageOrder().reorder(document.id(), ManualDuplex.interleave(frontIds, backIds),
                "manual duplex: " + fronts + " backs put after their fronts", actor);
        return true;
    }

    /** The declared count of the document against its pages now, when a count was declared. */
    public Optional<PageCountCheck> check(Document document) {
        return catalog.pageOrder().declared(document.id())
                .map(declared -> new PageCountCheck(declared, catalog.pages(document.id()).size()));
    }

    /** A manual duplex's second pass: the scan, how many fronts the document had, whether the backs were interleaved. */
    public record BacksScan(ScanCapture.ScanResult scan, int fronts, boolean interleaved) {
    }
}
