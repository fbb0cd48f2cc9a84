package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.testing.TestFiles;

/** The command line as a user meets it: help, exit codes, one-sentence errors, JSON. */
class CliTest {

    @TempDir
    Path dir;

    CliRun sohoa(String... args) {
        return CliRun.of(args);
    }

    String home() {
        return dir.resolve("home").toString();
    }

    @Test
    void helpListsTheCommandsThatExist() {
        CliRun r = sohoa("--help", "--lang", "en");
        assertThat(r.exit()).isZero();
        for (String command : List.of("demo", "scanners", "scan", "import", "process", "ocr", "search", "cases", "show", "pii",
                "keys", "sign", "bundle", "verify", "sync", "central")) {
            assertThat(r.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(sohoa("import", "--help", "--lang", "en").out()).contains("--case").contains("--type");
    }

    @Test
    void helpIsVietnameseWhenAskedFor() {
        assertThat(sohoa("--lang", "vi", "--help").out()).contains("Cách dùng").contains("Nhập các trang");
        assertThat(sohoa("--lang", "en", "--help").out()).contains("Usage").contains("Capture the pages");
    }

    @Test
    void versionComesFromThePom() {
        CliRun r = sohoa("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("SoHoa ").doesNotContain("${");
    }

    @Test
    void importProcessShowGivesPagesWhoseHashIsTheStoredMaster() throws IOException {
        Path tiff = TestFiles.tiff(dir.resolve("three.tif"), 3, 400, 566, false);
        CliRun imported = sohoa("import", tiff.toString(), "--case", "12/2024/HS-ST", "--type", "ban-an", "--home", home(),
                "--lang", "en");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3 of 3 pages captured into case 12/2024/HS-ST");

        CliRun processed = sohoa("--home", home(), "process", "--lang", "en");
        assertThat(processed.exit()).isZero();
        assertThat(processed.out()).contains("fixity: 3 done").contains("thumbnail: 3 done");

        CliRun shown = sohoa("--home", home(), "show", "12/2024/HS-ST", "--json");
        assertThat(shown.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(shown.out());
        assertThat(json.get("case").asText()).isEqualTo("12/2024/HS-ST");
        JsonNode pages = json.get("documents").get(0).get("pages");
        assertThat(pages).hasSize(3);
        List<String> seen = new ArrayList<>();
        for (JsonNode page : pages) {
            String sha = page.get("sha256").asText();
            Path blob = dir.resolve("home/blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertThat(Sha256.hash(Files.readAllBytes(blob)).hex()).isEqualTo(sha);
            assertThat(page.get("stages").get("fixity").asText()).isEqualTo("done");
            seen.add(sha);
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(json.get("documents").get(0).get("type").asText()).isEqualTo("ban-an");

        CliRun cases = sohoa("cases", "--json", "--home", home());
        JsonNode list = new ObjectMapper().readTree(cases.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("pages").asInt()).isEqualTo(3);
    }

    @Test
    void badInputIsOneSentenceOnStderrAndExitTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.tif"), "không phải ảnh");
        CliRun r = sohoa("import", text.toString(), "--case", "12/2024/HS-ST", "--home", home(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("notes.tif").contains("not a PNG, JPEG, TIFF or PDF");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void errorsAreVietnameseWhenTheLanguageIsVietnamese() {
        CliRun r = sohoa("--lang", "vi", "import", dir.resolve("missing.tif").toString(), "--case", "12/2024/HS-ST",
                "--home", home());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Tệp ").endsWith("không tồn tại.");
    }

    @Test
    void aMalformedCaseNumberOrTypeIsBadInput() {
        CliRun kind = sohoa("import", "x.tif", "--case", "12/2024/XX-ST", "--home", home(), "--lang", "en");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.errLines()).singleElement().asString().contains("“XX” is not a case kind");

        CliRun type = sohoa("import", "x.tif", "--case", "12/2024/HS-ST", "--type", "hợp đồng", "--home", home(), "--lang", "en");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.errLines()).singleElement().asString().contains("not a document type").contains("ban-an");
    }

    @Test
    void aMistypedCommandLineIsExitTwoWithAPointerToHelp() {
        CliRun r = sohoa("import", "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--case").contains("--help");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun r = sohoa("--debug", "show", "9/2020/HS-ST", "--home", home(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("There is no case 9/2020/HS-ST").contains("\tat ");
    }

    @Test
    void watchOnceImportsTheFolderAndMovesFilesToDone() throws IOException {
        Path hot = Files.createDirectories(dir.resolve("hot"));
        TestFiles.tiff(hot.resolve("scan.tif"), 2, 300, 400, false);
        CliRun r = sohoa("watch", hot.toString(), "--case", "5/2026/DS-ST", "--once", "--settle", "0", "--home", home(),
                "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 of 2 pages captured into case 5/2026/DS-ST");
        assertThat(hot.resolve("done/scan.tif")).exists();
        assertThat(hot.resolve("scan.tif")).doesNotExist();
    }

    @Test
    void separatorSheetsPrintAsAPdfWhosePagesScanBackAsSeparators() throws IOException {
        Path pdf = dir.resolve("sheets.pdf");
        CliRun r = sohoa("separators", "--case", "15/2026/DS-ST", "--type", "don-khoi-kien", "--type", "ban-an:Bản án sơ thẩm",
                "-o", pdf.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            var rendered = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(1, 200,
                    org.apache.pdfbox.rendering.ImageType.GRAY);
            assertThat(vn.sohoa.capture.separator.SeparatorReader.read(rendered)).hasValueSatisfying(s -> {
                assertThat(s.type()).isEqualTo(vn.sohoa.casefile.DocumentType.BAN_AN);
                assertThat(s.title()).isEqualTo("Bản án sơ thẩm");
            });
        }
    }

    @Test
    void anEmptyCatalogSaysSo() {
        CliRun r = sohoa("cases", "--home", home(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No cases yet");
    }
}
