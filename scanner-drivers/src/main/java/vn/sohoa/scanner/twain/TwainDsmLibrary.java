package vn.sohoa.scanner.twain;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.Locale;

import vn.sohoa.scanner.ScannerException;

/** Finds {@code DSM_Entry} in the TWAIN Data Source Manager, {@code TWAINDSM.dll}: on Windows only. */
public final class TwainDsmLibrary {

    public static final String LIBRARY = "TWAINDSM.dll";

    private TwainDsmLibrary() {
    }

    public static boolean supported() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Loads the DSM (once per JVM: it stays loaded) and returns its entry point. */
    public static DsmEntry load() throws ScannerException {
        if (!supported()) {
            throw new ScannerException("TWAIN needs Windows and " + LIBRARY + "; on this system use SANE or eSCL");
        }
        try {
            SymbolLookup dsm = SymbolLookup.libraryLookup(LIBRARY, Arena.global());
            return DsmEntry.downcall(dsm.find("DSM_Entry")
                    .orElseThrow(() -> new ScannerException(LIBRARY + " has no DSM_Entry")));
        } catch (IllegalArgumentException notFound) {
            throw new ScannerException(LIBRARY + " is not installed: install the TWAIN DSM (twain.org) or the scanner's driver",
                    notFound);
        }
    }
}
