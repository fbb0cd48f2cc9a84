package vn.sohoa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

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
    void anEvidenceBundleAloneOpensTheDesktop() {
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {"/home/judge/12-2024-HS-ST.ASiCE"})).isTrue();
        assertThat(Main.opensDesktop(new String[] {"verify", "bundle.asice"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
    }
}
