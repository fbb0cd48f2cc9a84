package vn.sohoa.quality;

import java.util.List;

/** The gate's verdict on one page: its flags (none when it may be released) and what was measured. */
public record PageQuality(List<QualityFlag> flags, PageMeasures measures) {

    public PageQuality {
        flags = List.copyOf(flags);
    }

    public boolean passed() {
        return flags.isEmpty();
    }
}
