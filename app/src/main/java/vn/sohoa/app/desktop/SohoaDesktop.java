package vn.sohoa.app.desktop;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.slf4j.LoggerFactory;

import atlantafx.base.theme.PrimerLight;

import vn.sohoa.app.Version;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.app.desktop.view.MainWindow;
import vn.sohoa.app.desktop.view.OpeningScene;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** The desktop workstation: the clerk's scanning station, signing, and the judge's viewer, in one window. */
public final class SohoaDesktop extends Application {

    private final Supplier<ScannerDrivers> scanners;
    private final java.util.Optional<java.util.List<String>> arguments;
    private final CompletableFuture<MainWindow> ready = new CompletableFuture<>();
    private Workstation workstation;
    private MainWindow window;
    private boolean stopped;

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

    /**
     * Shows the window at once (its title and an "opening" line), then opens the workstation (catalog,
     * migrations, SQLite's native library) on a background thread and fills the window in on the FX
     * thread: the window appears before the theme, the catalog and the five screens are ready.
     */
    @Override
    public void start(Stage stage) {
        DesktopOptions options = arguments.map(DesktopOptions::parse)
                .orElseGet(() -> DesktopOptions.parse(getParameters().getNamed(), getParameters().getUnnamed()));
        Texts texts = new Texts(options.locale());
        OpeningScene opening = new OpeningScene(texts);
        stage.setTitle(texts.get("window.title", Version.current()));
        stage.setScene(opening.scene());
        stage.show();
        reportStartup();
        Thread.ofPlatform().name("sohoa-open").daemon().start(() -> {
            try {
                Workstation opened = Workstation.open(DataHome.fromEnvironment(options.home()));
                Platform.runLater(() -> fillIn(stage, opened, texts, options));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(SohoaDesktop.class).warn("cannot open the workstation", e);
                String sentence = e instanceof SohoaException s ? texts.render(s.userMessage())
                        : texts.get("window.openFailed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                Platform.runLater(() -> opening.showProblem(sentence));
                ready.completeExceptionally(e);
            }
        });
    }

    private void fillIn(Stage stage, Workstation opened, Texts texts, DesktopOptions options) {
        synchronized (this) {
            if (stopped) {
                opened.close();
                return;
            }
            workstation = opened;
        }
        try {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window = new MainWindow(stage, workstation, workstation.home().root(), scanners, texts, options.trust(), options.open());
            window.show();
            ready.complete(window);
            report("sohoa.readyReport");
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
            throw e;
        }
        String tour = System.getProperty("sohoa.screenshots");
        if (tour != null) {
            ScreenTour.run(stage.getScene(), java.nio.file.Path.of(tour), java.util.List.of("tab-cases", "tab-scan", "tab-document", "tab-pii", "tab-sign", "tab-viewer", "tab-sync", "tab-bulk"));
        }
    }

    /** {@code -Dsohoa.startupReport=FILE}: how long after the JVM started the window was shown, in ms (launch-time measurement). */
    private static void reportStartup() {
        report("sohoa.startupReport");
    }

    /**
     * Writes to the file named by {@code property}, when set, the ms since the JVM started:
     * {@code sohoa.startupReport} when the window appears, {@code sohoa.readyReport} when it is filled
     * in (installer/train-aot.sh trains the AOT cache up to there).
     */
    private static void report(String property) {
        String file = System.getProperty(property);
        if (file != null) {
            long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), ms + "\n");
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(SohoaDesktop.class).warn("cannot write {}", file, e);
            }
        }
    }

    /**
     * The window, once filled in (tests drive it through its view models' state); waits for it, so
     * not to be called on the FX thread before it is there.
     */
    public MainWindow window() {
        if (Platform.isFxApplicationThread() && !ready.isDone()) {
            throw new IllegalStateException("the window is not filled in yet");
        }
        return ready.join();
    }

    @Override
    public void stop() {
        synchronized (this) {
            stopped = true;
        }
        if (window != null) {
            window.close();
        }
        if (workstation != null) {
            workstation.close();
        }
    }
}
