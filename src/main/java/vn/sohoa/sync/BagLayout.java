package vn.sohoa.sync;

import java.text.Normalizer;
import java.util.Locale;

import vn.sohoa.casefile.CaseNumber;

/**
 * Where a batch lives in the repository: {@code courts/{court}/cases/{case}/batches/{batch}/}, a
 * BagIt bag (RFC 8493). The tag manifest and its detached CMS signature are written last: a batch
 * without them is incomplete by definition.
 */
public final class BagLayout {

    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    /**
     * The detached CMS (CAdES) signature over the tag manifest: the batch's commit marker. Not
     * "tagmanifest-…": validators (bagit-java among them) read every such file as a manifest.
     */
    public static final String SIGNATURE = "tagmanifest.p7s";

    private BagLayout() {
    }

    /** The tag manifest or its signature: sent one after the other, after every other object of the batch is verified. */
    public static boolean isCommitMarker(String objectKey) {
        return objectKey.endsWith("/" + TAG_MANIFEST) || objectKey.endsWith("/" + SIGNATURE);
    }

    public static String prefix(String court, CaseNumber caseNumber, String batch) {
        return "courts/" + slug(court) + "/cases/" + caseNumber.key() + "/batches/" + batch + "/";
    }

    /** An ASCII key segment: no diacritics (đ as d), lower case, runs of anything else as one hyphen. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "court" : slug;
    }
}
