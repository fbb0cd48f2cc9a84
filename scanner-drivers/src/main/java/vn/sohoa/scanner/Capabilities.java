package vn.sohoa.scanner;

import java.util.List;
import java.util.Set;

/** What a device can do, as it says itself; the maximum area is in millimetres. */
public record Capabilities(Set<Source> sources, List<Integer> resolutions, Set<ColorMode> modes,
                           double maxWidthMm, double maxHeightMm) {

    public Capabilities {
        sources = Set.copyOf(sources);
        resolutions = List.copyOf(resolutions);
        modes = Set.copyOf(modes);
    }

    /** True when an A4 sheet (210 × 297 mm) fits the scan area. */
    public boolean fitsA4() {
        return maxWidthMm >= 209.5 && maxHeightMm >= 296.5;
    }
}
