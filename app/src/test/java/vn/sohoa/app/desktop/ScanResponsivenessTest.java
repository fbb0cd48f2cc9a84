package vn.sohoa.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sohoa.app.desktop.model.PageItem;

/**
 * A 200-page scan from the simulated feeder with a pulse monitor on the FX thread: every page's
 * thumbnail arrives, and the longest frame gap is written to target/desktop-figures.txt (reported,
 * not asserted: the machine is shared), with what the FX thread was doing while no frame came and
 * the GC pauses ({@link FxStallSampler}), so that a long gap says where its time went.
 */
class ScanResponsivenessTest extends DesktopRobot {


    @Test
    void twoHundredPagesArriveWhileTheUiKeepsItsPulse() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (SohoaDesktop) FxToolkit.setupApplication(() -> new SohoaDesktop(() -> FeederSheets.loaded(200, 100),
                "--home=" + dir.resolve("home")));
        app.window();   // the window shows first and is filled in after (SohoaDesktop.start): wait for it
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#tab-scan");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().scanners().isEmpty(), 60);
        interact(() -> lookup("#case-number").queryAs(TextField.class).setText("7/2025/HS-ST"));

        PulseMonitor monitor = new PulseMonitor();
        interact(monitor::start);
        FxStallSampler[] stalls = new FxStallSampler[1];
        interact(() -> stalls[0] = new FxStallSampler(monitor));
        long start = System.nanoTime();
        clickOn("#scan");
        ListView<PageItem> pages = lookup("#pages").queryListView();
        ClerkToJudgeTest.waitUntil(() -> pages.getItems().size() == 200, 600);
        long scanMillis = (System.nanoTime() - start) / 1_000_000;
        interact(() -> pages.scrollTo(199));
        stalls[0].close();
        interact(monitor::stop);
        clickOn("#cancel");
        ClerkToJudgeTest.waitUntil(() -> !app.window().scanStation().work().isRunning(), 300);

        assertThat(pages.getItems()).hasSize(200);
        assertThat(monitor.frames()).isGreaterThan(10);
        String figure = String.format(java.util.Locale.ROOT,
                "200-page simulated scan (100 dpi, live OCR): %d ms to the last thumbnail, %d frames, longest FX frame gap %d ms, "
                        + "%d gaps over 100 ms, load average %.1f%n",
                scanMillis, monitor.frames(), monitor.longestGapMillis(), monitor.gapsOver100Millis(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figure += stalls[0].report();
        Files.writeString(Path.of("target", "desktop-figures.txt"), figure,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.print(figure);
    }
}
