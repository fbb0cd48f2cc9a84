package vn.sohoa.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.imaging.ImageBytes;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.PageText;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/** A processed document's pages as the anonymizer takes them: the stored OCR words and the cleaned page images. */
final class StoredPages implements Anonymization.Pages {

    private final Catalog catalog;
    private final BlobStore blobs;
    private final List<Page> pages;
    private final List<Sha256> texts;

    StoredPages(Catalog catalog, BlobStore blobs, List<Page> pages, List<Sha256> texts) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.pages = List.copyOf(pages);
        this.texts = List.copyOf(texts);
    }

    @Override
    public int count() {
        return pages.size();
    }

    @Override
    public PageText text(int index, OcrEngines engines) {
        return PageTextJson.read(blobs.read(texts.get(index)));
    }

    @Override
    public BufferedImage image(int index) throws IOException {
        Sha256 master = pages.get(index).master().sha256();
        Sha256 cleaned = catalog.derivative(master, CleanStage.KIND).orElse(master);
        BufferedImage image = ImageBytes.read(blobs.read(cleaned));
        if (image == null) {
            throw new IOException("the stored image of page " + (index + 1) + " cannot be decoded");
        }
        return image;
    }

    @Override
    public int dpi(int index) {
        return pages.get(index).master().dpi();
    }
}
