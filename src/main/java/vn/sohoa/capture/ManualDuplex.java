package vn.sohoa.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-sided originals on a one-sided feeder: the clerk scans the fronts, turns the stack over and
 * scans the backs. The backs come out in reverse (the last sheet's back first), so back k of n
 * belongs after front n − k + 1.
 */
public final class ManualDuplex {

    private ManualDuplex() {
    }

    /** Fronts in feeder order and backs in the order they were scanned → the pages in reading order. */
    public static <T> List<T> interleave(List<T> fronts, List<T> backsAsScanned) {
        if (fronts.size() != backsAsScanned.size()) {
            throw new IllegalArgumentException(backsAsScanned.size() + " backs for " + fronts.size() + " fronts");
        }
        List<T> pages = new ArrayList<>(fronts.size() * 2);
        int n = fronts.size();
        for (int i = 0; i < n; i++) {
            pages.add(fronts.get(i));
            pages.add(backsAsScanned.get(n - 1 - i));
        }
        return pages;
    }
}
