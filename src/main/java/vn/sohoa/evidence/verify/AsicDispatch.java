package vn.sohoa.evidence.verify;

import java.nio.file.Path;

import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.i18n.SohoaException;

/** Bundles: verified by the asic package once it exists. */
final class AsicDispatch {

    private AsicDispatch() {
    }

    static ValidationReport verify(Path file, TrustAnchors anchors) {
        throw SohoaException.badInput("verify.unknownFormat", file.toString());
    }
}
