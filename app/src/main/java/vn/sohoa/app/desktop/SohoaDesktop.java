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
    private Workstation workstation;
    private MainWindow window;

    public SohoaDesktop() {
        this(() -> ScannerDrivers.fromEnvironment(System.getenv()));
    }

    /** With the scanners given (tests load the simulated feeder with the pages they need). */
    public SohoaDesktop(Supplier<ScannerDrivers> scanners) {
        this.scanners = scanners;
    }

    @Override
    public void start(Stage stage) {
        DesktopOptions options = DesktopOptions.parse(getParameters().getNamed(), getParameters().getUnnamed());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workstation = Workstation.open(DataHome.fromEnvironment(options.home()));
        window = new MainWindow(stage, workstation, scanners, new vn.sohoa.app.desktop.model.Texts(options.locale()), options.trust(), options.open());
        window.show();
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
