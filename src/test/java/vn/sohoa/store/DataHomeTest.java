package vn.sohoa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataHomeTest {

    static final Path USER = Path.of("/home/thuky");

    @Test
    void theOptionWinsOverEverything() {
        DataHome home = DataHome.resolve(Optional.of(Path.of("/srv/sohoa")), Map.of("SOHOA_HOME", "/elsewhere"), "Linux", USER);
        assertThat(home.root()).isEqualTo(Path.of("/srv/sohoa"));
    }

    @Test
    void thenTheEnvironment() {
        assertThat(DataHome.resolve(Optional.empty(), Map.of("SOHOA_HOME", "/data/sohoa"), "Linux", USER).root())
                .isEqualTo(Path.of("/data/sohoa"));
    }

    @Test
    void thenThePlatformsApplicationDataFolder() {
        assertThat(DataHome.resolve(Optional.empty(), Map.of(), "Linux", USER).root())
                .isEqualTo(USER.resolve(".local/share/sohoa"));
        assertThat(DataHome.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", USER).root())
                .isEqualTo(Path.of("/xdg/sohoa"));
        assertThat(DataHome.resolve(Optional.empty(), Map.of(), "Mac OS X", USER).root())
                .isEqualTo(USER.resolve("Library/Application Support/SoHoa"));
        assertThat(DataHome.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/c/Users/thuky/AppData/Local"), "Windows 11", USER)
                .root()).isEqualTo(Path.of("/c/Users/thuky/AppData/Local/SoHoa"));
    }

    @Test
    void theCatalogLivesInTheHome() {
        assertThat(new DataHome(Path.of("/h")).catalogFile()).isEqualTo(Path.of("/h/catalog.db"));
    }
}
