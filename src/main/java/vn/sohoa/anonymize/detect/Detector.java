package vn.sohoa.anonymize.detect;

import java.util.List;

import vn.sohoa.anonymize.finding.Finding;

/** One kind of personal data. Detectors run in a fixed order; each sees what the earlier ones found. */
public sealed interface Detector permits NumberDetector, EmailDetector, PlateDetector, DobDetector, AddressDetector,
        OrgDetector, PersonDetector {

    List<Finding> find(Scan scan);
}
