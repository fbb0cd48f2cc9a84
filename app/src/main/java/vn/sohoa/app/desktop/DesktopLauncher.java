package vn.sohoa.app.desktop;

import javafx.application.Application;

/** Starts the JavaFX desktop; a separate class so that the CLI never loads JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(SohoaDesktop.class, args);
    }

    /** {@code sohoa FILE.asice}: the judge's viewer on that file, when there is a display. */
    public static boolean opensEvidence(String[] args) {
        return DesktopOptions.namesEvidenceFile(args);
    }
}
