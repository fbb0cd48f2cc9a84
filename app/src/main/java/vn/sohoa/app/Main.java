package vn.sohoa.app;

import java.util.Map;

import vn.sohoa.app.cli.Cli;
import vn.sohoa.app.desktop.DesktopLauncher;

/**
 * {@code sohoa}: with no argument and a display, the desktop; {@code sohoa FILE.asice} (or a signed
 * PDF) with a display, the desktop's evidence viewer on that file; otherwise the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // pages are decoded from memory: ImageIO's disk cache would first copy each one to a temporary file
        javax.imageio.ImageIO.setUseCache(false);
        if (opensDesktop(args) && hasDisplay(System.getenv(), System.getProperty("os.name", ""))) {
            DesktopLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** No argument, or one evidence file to open in the viewer (passed on as an unnamed parameter). */
    static boolean opensDesktop(String[] args) {
        return args.length == 0 || DesktopLauncher.opensEvidence(args);
    }

    static boolean hasDisplay(Map<String, String> env, String osName) {
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
