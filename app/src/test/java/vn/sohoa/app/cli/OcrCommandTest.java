package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.imaging.Rotation;
import vn.sohoa.testing.PdfChecks;
import vn.sohoa.testing.Pages;
import vn.sohoa.testing.TestFiles;

/** {@code sohoa ocr}: files in, one searchable PDF/A out; bad input is one sentence, exit 2, no output. */
class OcrCommandTest {

    @TempDir
    Path dir;

    CliRun sohoa(String... args) {
        return CliRun.of(args);
    }

    private Path png(String name, java.awt.image.BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void scannedPagesBecomeASearchablePdfA() throws Exception {
        Path first = png("p1.png", Pages.page(0).image());
        Path second = png("p2.png", Rotation.byDegrees(Pages.page(1).image(), 2.5));
        Path out = dir.resolve("out.pdf");

        CliRun r = sohoa("ocr", first.toString(), second.toString(), "-o", out.toString(), "--jobs", "2",
                "--deskew", "--lang", "vie+eng");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 of 2 pages");
        assertThat(PdfChecks.pdfa2bFailures(out)).isEmpty();
        String text = Normalizer.normalize(PdfChecks.pdftotext(out), Normalizer.Form.NFC);
        assertThat(text).contains("Tòa án nhân dân", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theBestModelAndOneLanguageWork() throws Exception {
        Path out = dir.resolve("best.pdf");
        CliRun r = sohoa("ocr", png("p.png", Pages.page(2).image()).toString(), "-o", out.toString(), "--model", "best",
                "--lang", "vie");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(PdfChecks.pdftotext(out)).isNotBlank();
    }

    private void refused(CliRun r, Path out, String says) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString().contains(says);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badInputIsOneSentenceExitTwoAndNoOutput() throws Exception {
        Path out = dir.resolve("out.pdf");
        Path good = png("good.png", Pages.page(0).image());

        refused(sohoa("--lang", "en", "ocr", TestFiles.encryptedPdf(dir.resolve("locked.pdf")).toString(), "-o", out.toString()),
                out, "password");
        Path corrupt = dir.resolve("corrupt.png");
        Files.write(corrupt, java.util.Arrays.copyOf(Files.readAllBytes(good), 3000));
        refused(sohoa("ocr", good.toString(), corrupt.toString(), "-o", out.toString()), out, "corrupt.png");
        refused(sohoa("ocr", TestFiles.png(dir.resolve("tiny.png"), 1, 1).toString(), "-o", out.toString()), out, "1×1");
        refused(sohoa("ocr", TestFiles.pngClaiming(dir.resolve("giant.png"), 19843, 28066).toString(), "-o", out.toString()),
                out, "giant.png");
        refused(sohoa("ocr", good.toString(), "-o", out.toString(), "--lang", "vie+xyz"), out, "xyz");
        refused(sohoa("ocr", good.toString(), "-o", out.toString(), "--model", "huge"), out, "huge");
        refused(sohoa("ocr", good.toString(), "-o", dir.resolve("missing/out.pdf").toString()), dir.resolve("missing/out.pdf"),
                "missing");
    }

    @Test
    void searchFindsProcessedPagesWithoutDiacritics() throws Exception {
        String home = dir.resolve("home").toString();
        Path page = png("judgment.png", Pages.page(0).image());
        assertThat(sohoa("import", page.toString(), "--case", "15/2026/DS-ST", "--type", "ban-an", "--home", home).exit()).isZero();
        assertThat(sohoa("process", "--home", home).exit()).isZero();

        CliRun found = sohoa("--lang", "en", "search", "toa", "an", "nhan", "dan", "--home", home);
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).contains("15/2026/DS-ST  document 1 (judgment.png)  page 1:").containsIgnoringCase("Tòa án nhân dân");
        assertThat(sohoa("--lang", "en", "search", "xyzzyq", "--home", home).out()).contains("No page holds");
    }

    @Test
    void aSignedPdfIsNeverRewrittenAndCopiedOnlyOnRequest() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        TestFiles.scannedPdf(plain, 1, 150);
        Path signed = dir.resolve("signed.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile()); var out = Files.newOutputStream(signed)) {
            var signature = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
            signature.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(java.util.Calendar.getInstance());
            doc.addSignature(signature, content -> {
                content.readAllBytes();
                return new byte[64];
            });
            doc.saveIncremental(out);
        }
        byte[] before = Files.readAllBytes(signed);
        Path out = dir.resolve("copy.pdf");

        refused(sohoa("--lang", "en", "ocr", signed.toString(), "-o", out.toString()), out, "digitally signed");
        assertThat(Files.readAllBytes(signed)).isEqualTo(before);

        CliRun copied = sohoa("ocr", signed.toString(), "-o", out.toString(), "--copy-signed");
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(out).exists();
        assertThat(Files.readAllBytes(signed)).isEqualTo(before);
    }

    /** A scanned page (the generated judgment at 150 dpi) under an invisible text layer saying {@code hidden}. */
    private Path scanWithTextLayer(String name, String hidden) throws IOException {
        Path file = dir.resolve(name);
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var a4 = org.apache.pdfbox.pdmodel.common.PDRectangle.A4;
            var page = new org.apache.pdfbox.pdmodel.PDPage(a4);
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, Pages.page(0).image());
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, a4.getWidth(), a4.getHeight());
                content.beginText();
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(hidden);
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void pagesThatCarryTextKeepItUnlessForced() throws Exception {
        Path in = scanWithTextLayer("searchable.pdf", "zqxjkvbw earlier layer");
        Path kept = dir.resolve("kept.pdf");
        CliRun r = sohoa("--lang", "en", "ocr", in.toString(), "-o", kept.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 pages already carried text");
        assertThat(PdfChecks.pdftotext(kept)).contains("zqxjkvbw earlier layer").doesNotContain("Tòa án");
        assertThat(PdfChecks.pdfa2bFailures(kept)).isEmpty();

        Path forced = dir.resolve("forced.pdf");
        CliRun f = sohoa("--lang", "en", "ocr", in.toString(), "-o", forced.toString(), "--force");
        assertThat(f.exit()).as(f.err()).isZero();
        assertThat(f.out()).doesNotContain("already carried text");
        String read = Normalizer.normalize(PdfChecks.pdftotext(forced), Normalizer.Form.NFC);
        assertThat(read).doesNotContain("zqxjkvbw").contains("Tòa án nhân dân");
    }

    @Test
    void flaggedPagesAreNamedInTheOutput() throws Exception {
        Path tilted = png("tilted.png", Rotation.byDegrees(Pages.page(1).image(), 3));
        Path out = dir.resolve("out.pdf");
        CliRun r = sohoa("--lang", "en", "ocr", tilted.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Check before release: tilted.png page 1: lines still tilted.");

        CliRun straightened = sohoa("ocr", tilted.toString(), "-o", out.toString(), "--deskew");
        assertThat(straightened.out()).doesNotContain("dòng chữ còn nghiêng");
    }

    @Test
    void showListsTheQualityFlagsOfEachPage() throws Exception {
        String home = dir.resolve("home").toString();
        java.awt.image.BufferedImage page = Pages.page(0).image();
        Path cut = png("cut.png", page.getSubimage(0, 0, page.getWidth() * 55 / 100, page.getHeight()));
        assertThat(sohoa("import", cut.toString(), "--case", "16/2026/DS-ST", "--home", home).exit()).isZero();
        assertThat(sohoa("process", "--home", home).exit()).isZero();

        CliRun shown = sohoa("--lang", "en", "show", "16/2026/DS-ST", "--home", home);
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("check before release: ink runs off an edge (cut off)");
        assertThat(sohoa("show", "16/2026/DS-ST", "--json", "--home", home).out()).contains("\"quality\" : [ \"cut-off\" ]");
    }
}
