package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** {@code sohoa pages rotate} on the simulated feeder's pages. */
class PagesRotateCliTest {

    static final String CASE = "16/2026/DS-ST";

    @TempDir
    Path dir;

    CliRun sohoa(String... args) {
        return CliRun.with(Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8", "SANE_NET_HOSTS", ""),
                args);
    }

    @Test
    void aPageIsTurnedAsACustodyEventAndABadTurnIsOneSentence() {
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "100", "--pages", "2").exit()).isZero();

        CliRun left = sohoa("pages", "rotate", "--case", CASE, "--page", "2", "--turn", "-90");
        assertThat(left.exit()).as(left.err()).isZero();
        assertThat(left.out()).contains("Page 2 of document 1 of case " + CASE + " is now turned 270° clockwise");

        CliRun bad = sohoa("pages", "rotate", "--case", CASE, "--page", "2", "--turn", "45");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("not by 45 degrees");
        CliRun missing = sohoa("pages", "rotate", "--case", CASE, "--page", "3", "--turn", "90");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().contains("Document 1 has no page 3; it has 2 pages.");

        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            long pageId = ws.catalog().pages(ws.catalog().documents(ws.catalog().cases().getFirst().id()).getFirst().id())
                    .get(1).id();
            assertThat(ws.catalog().pageTurns().of(pageId)).isEqualTo(270);
            assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action).containsOnlyOnce("page.turned");
        }
    }
}
