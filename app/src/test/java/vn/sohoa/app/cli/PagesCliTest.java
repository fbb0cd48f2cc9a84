package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code sohoa scan --declared / --backs-of} and {@code sohoa pages}, on the simulated feeder (five sheets). */
class PagesCliTest {

    static final String CASE = "15/2026/DS-ST";

    @TempDir
    Path dir;
    Map<String, String> env;
    Path image;

    CliRun sohoa(String... args) {
        return CliRun.with(env, args);
    }

    @BeforeEach
    void setUp() throws Exception {
        env = Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8", "SANE_NET_HOSTS", "");
        BufferedImage page = new BufferedImage(400, 560, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        g.drawString("Trang bị sót", 40, 80);
        g.dispose();
        image = dir.resolve("missing.png");
        ImageIO.write(page, "png", image.toFile());
    }

    @Test
    void aDoubleFeedIsReportedThenTheMissingPageIsInsertedAndTheCountsAgree() throws Exception {
        CliRun scan = sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--declared", "6");
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        assertThat(scan.out()).contains("5 pages captured");
        assertThat(scan.errLines()).singleElement().asString()
                .contains("6 pages were counted but 5 scanned, 1 missing").contains("pages insert --doc 1");

        CliRun check = sohoa("pages", "check", "--case", CASE);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("Document 1: 6 pages declared but 5 scanned, 1 missing");

        CliRun insert = sohoa("pages", "insert", "--case", CASE, "--doc", "1", "--at", "3", "--file", image.toString(),
                "--dpi", "150");
        assertThat(insert.exit()).as(insert.err()).isZero();
        assertThat(insert.out()).contains("Page 3 inserted into document 1").contains("Document 1: 6 pages, as declared");

        JsonNode pages = new ObjectMapper().readTree(sohoa("show", CASE, "--json").out()).get("documents").get(0).get("pages");
        assertThat(pages).hasSize(6);
        assertThat(pages.get(2).get("but_luc").asInt()).isEqualTo(3);
        assertThat(sohoa("pages", "check", "--case", CASE).exit()).isZero();
    }

    @Test
    void aReplacedPageGetsItsNewMasterAndBadPageNumbersAreBadInput() throws Exception {
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150").exit()).isZero();
        String before = page(1).get("sha256").asText();

        CliRun replace = sohoa("pages", "replace", "--case", CASE, "--doc", "1", "--page", "2", "--file", image.toString(),
                "--reason", "blurred, rescanned");
        assertThat(replace.exit()).as(replace.err()).isZero();
        assertThat(replace.out()).contains("Page 2 of document 1 of case " + CASE + " replaced");
        assertThat(page(1).get("sha256").asText()).isNotEqualTo(before);

        CliRun bad = sohoa("pages", "replace", "--case", CASE, "--doc", "1", "--page", "9", "--file", image.toString(),
                "--reason", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("Document 1 has no page 9; it has 5 pages.");

        CliRun notAnImage = sohoa("pages", "insert", "--case", CASE, "--doc", "1", "--at", "1", "--file",
                dir.resolve("nothing.png").toString());
        assertThat(notAnImage.exit()).isEqualTo(2);
        assertThat(notAnImage.errLines()).singleElement().asString().contains("nothing.png");
    }

    @Test
    void manualDuplexPutsTheBacksAfterTheirFronts() {
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150").exit()).isZero();
        CliRun backs = sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--backs-of", "1");
        assertThat(backs.exit()).as(backs.err()).isZero();
        assertThat(backs.out()).contains("5 backs put after their 5 fronts in document 1");
    }

    private JsonNode page(int index) throws Exception {
        return new ObjectMapper().readTree(sohoa("show", CASE, "--json").out()).get("documents").get(0).get("pages").get(index);
    }
}
