package vn.sohoa.capture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * Imports one file as one document of a case. Every page is decoded and its master stored before
 * any page is recorded, so a damaged file leaves nothing in the catalog; then pages are recorded one
 * transaction each. Importing the same file into the same case again resumes where a crash stopped
 * and never adds a page twice.
 */
public final class FileImporter {

    private final Catalog catalog;
    private final BlobStore blobs;
    private final Capturer capturer;
    private final String actor;

    public FileImporter(Catalog catalog, BlobStore blobs, String actor) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.capturer = new Capturer(catalog, blobs, actor);
        this.actor = actor;
    }

    /** Where imported pages go; opened only once a file has proved readable, so a bad file leaves no empty case. */
    public interface Target {
        CaseFile caseFile();

        Batch batch();
    }

    public ImportResult importFile(Target target, Path file, DocumentType type,
                                   ProgressListener progress, Consumer<Page> onCaptured, Cancellation cancellation) {
        try (PageSource source = PageSource.open(file)) {
            int count = source.pageCount();
            List<MasterImage> masters = decodeAll(source, progress, cancellation);
            Sha256 sourceSha = blobs.put(file);
            CaseFile caseFile = target.caseFile();
            Batch batch = target.batch();
            Document document = catalog.openDocument(caseFile.id(), "file:" + sourceSha.hex(), type,
                    file.getFileName().toString(), actor, Optional.of(sourceSha));
            int added = 0;
            for (int i = 0; i < count; i++) {
                String origin = "file:" + sourceSha.hex() + "#p" + (i + 1);
                boolean had = catalog.findPage(document.id(), origin).isPresent();
                Page page = capturer.record(document, batch, i + 1, masters.get(i), origin);
                if (!had) {
                    added++;
                    onCaptured.accept(page);
                }
            }
            return new ImportResult(file, sourceSha, document, count, added);
        }
    }

    private List<MasterImage> decodeAll(PageSource source, ProgressListener progress, Cancellation cancellation) {
        int count = source.pageCount();
        List<MasterImage> masters = new ArrayList<>(count);
        List<Sha256> newlyStored = new ArrayList<>();
        String name = source.file().getFileName().toString();
        try {
            for (int i = 0; i < count; i++) {
                cancellation.check();
                EncodedPage page = source.page(i);
                boolean known = blobs.contains(Sha256.hash(page.bytes()));
                MasterImage master = capturer.storeMaster(page);
                if (!known) {
                    newlyStored.add(master.sha256());
                }
                masters.add(master);
                progress.onProgress(new Progress("import", i + 1, count, name));
            }
            return masters;
        } catch (SohoaException | vn.sohoa.progress.CancelledException e) {
            newlyStored.forEach(this::forgetIfUnreferenced);
            throw e;
        }
    }

    private void forgetIfUnreferenced(Sha256 sha) {
        if (!catalog.isReferenced(sha)) {
            blobs.delete(sha);
        }
    }
}
