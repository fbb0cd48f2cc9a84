package vn.sohoa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void aLinuxDesktopNeedsADisplay() {
        assertThat(Main.hasDisplay(Map.of(), "Linux")).isFalse();
        assertThat(Main.hasDisplay(Map.of("DISPLAY", ""), "Linux")).isFalse();
        assertThat(Main.hasDisplay(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(Main.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isTrue();
    }

    @Test
    void windowsAndMacAlwaysHaveOne() {
        assertThat(Main.hasDisplay(Map.of(), "Windows 11")).isTrue();
        assertThat(Main.hasDisplay(Map.of(), "Mac OS X")).isTrue();
    }

    @Test
    void anEvidenceBundleAloneOpensTheDesktop(@TempDir Path dir) throws IOException {
        Path bundle = Files.createFile(dir.resolve("12-2024-HS-ST.ASiCE"));
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {bundle.toString()})).isTrue();
        assertThat(Main.opensDesktop(new String[] {dir.resolve("missing.asice").toString()})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"verify", "bundle.asice"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
    }
}
