package vn.sohoa.app.desktop;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the window tests share: a folder of their own, the application they start, and closing it after each test. */
abstract class DesktopRobot extends FxRobot {

    @TempDir
    Path dir;
    SohoaDesktop app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
