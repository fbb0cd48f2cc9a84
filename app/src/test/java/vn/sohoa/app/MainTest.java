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
}
