package vn.sohoa.pipeline;

import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/** What a stage may use: the catalog, the blobs, who is working, and the user's cancel. */
public record StageContext(Catalog catalog, BlobStore blobs, String actor, Cancellation cancellation) {
}
