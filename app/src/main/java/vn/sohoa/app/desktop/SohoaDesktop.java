package vn.sohoa.app.desktop;

import java.util.function.Supplier;

import javafx.application.Application;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import vn.sohoa.app.desktop.view.MainWindow;
import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** The desktop workstation: the clerk's scanning station, signing, and the judge's viewer, in one window. */
public final class SohoaDesktop extends Application {

    private final Supplier<ScannerDrivers> scanners;
    private final java.util.Optional<java.util.List<String>> arguments;
    private Workstation workstation;
    private MainWindow window;

    public SohoaDesktop() {
        this(() -> ScannerDrivers.fromEnvironment(System.getenv()));
    }

    /** With the scanners given (tests load the simulated feeder with the pages they need). */
    public SohoaDesktop(Supplier<ScannerDrivers> scanners) {
        this.scanners = scanners;
        this.arguments = java.util.Optional.empty();
    }

    /** With the scanners and the arguments given (tests, where the application is built before it is launched). */
    public SohoaDesktop(Supplier<ScannerDrivers> scanners, String... arguments) {
        this.scanners = scanners;
        this.arguments = java.util.Optional.of(java.util.List.of(arguments));
    }

    @Override
    public void start(Stage stage) {
        DesktopOptions options = arguments.map(DesktopOptions::parse)
                .orElseGet(() -> DesktopOptions.parse(getParameters().getNamed(), getParameters().getUnnamed()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workstation = Workstation.open(DataHome.fromEnvironment(options.home()));
        window = new MainWindow(stage, workstation, workstation.home().root(), scanners, new vn.sohoa.app.desktop.model.Texts(options.locale()), options.trust(), options.open());
        window.show();
        reportStartup();
        String tour = System.getProperty("sohoa.screenshots");
        if (tour != null) {
            ScreenTour.run(stage.getScene(), java.nio.file.Path.of(tour), java.util.List.of("tab-cases", "tab-scan", "tab-pii", "tab-sign", "tab-viewer", "tab-sync", "tab-bulk"));
        }
    }

    /** {@code -Dsohoa.startupReport=FILE}: how long after the JVM started the window was shown, in ms (launch-time measurement). */
    private static void reportStartup() {
        String file = System.getProperty("sohoa.startupReport");
        if (file != null) {
            long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), ms + "\n");
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(SohoaDesktop.class).warn("cannot write {}", file, e);
            }
        }
    }

    /** The window, once started (tests drive it through its view models' state). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (workstation != null) {
            workstation.close();
        }
    }
}
