package vn.sohoa.app.desktop.model;

import java.util.Locale;

/** A byte count as people read it: 0 B, 812 KB, 3.4 MB. */
final class ByteSizes {

    private ByteSizes() {
    }

    static String words(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
