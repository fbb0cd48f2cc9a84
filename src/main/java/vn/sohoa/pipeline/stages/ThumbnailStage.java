package vn.sohoa.pipeline.stages;

import java.util.Optional;

import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.imaging.Thumbnails;
import vn.sohoa.pipeline.PageStage;
import vn.sohoa.pipeline.StageContext;

/** Makes the page's preview for the desktop (turned as the clerk turned the page), stored as a derivative linked to the master by hash. */
public final class ThumbnailStage implements PageStage {

    public static final String NAME = "thumbnail";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Sha256> process(Page page, StageContext context) {
        Sha256 master = page.master().sha256();
        Sha256 thumbnail = context.blobs().put(Thumbnails.fromMaster(context.blobs().read(master),
                context.catalog().pageTurns().of(page.id())));
        context.catalog().recordDerivative(master, NAME, thumbnail, "image/png");
        return Optional.of(thumbnail);
    }
}
