package vn.sohoa.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.scanner.simulated.GeneratedPage;
import vn.sohoa.testing.Pages;

/** Tesseract 5.5 through Tess4J over the bundled natives, on generated Vietnamese court pages. */
class OcrEngineTest {

    private static OcrEngines engines;

    @BeforeAll
    static void open() {
        engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @Test
    void runsTesseract552FromTheBundledNatives() {
        assertThat(TesseractNatives.prepare()).startsWith("5.5.2");
    }

    @Test
    void readsAVietnamesePageWithBoxesAndConfidences() {
        GeneratedPage page = Pages.page(0);
        PageText text = engines.recognize(page.image(), page.dpi());

        assertThat(CharacterErrorRate.of(text.text(), Pages.text(page))).isLessThan(0.03);
        assertThat(text.text()).contains("Tòa án nhân dân", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(text.words()).hasSizeGreaterThan(50).allSatisfy(w -> {
            assertThat(w.box().left()).isBetween(0, page.image().getWidth());
            assertThat(w.box().right()).isBetween(w.box().left() + 1, page.image().getWidth());
            assertThat(w.box().bottom()).isBetween(w.box().top() + 1, page.image().getHeight());
            assertThat(w.confidence()).isBetween(0f, 100f);
        });
        assertThat(text.meanConfidence()).isGreaterThan(80);
    }

    @Test
    void linesComeInReadingOrderTopToBottom() {
        GeneratedPage page = Pages.page(1);
        List<OcrLine> lines = engines.recognize(page.image(), page.dpi()).lines();
        assertThat(lines).hasSizeGreaterThan(10);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).box().top()).isGreaterThan(lines.get(i - 1).box().top());
        }
    }

    @Test
    void eachThreadHasItsOwnEngineAndResultsAgree() throws Exception {
        GeneratedPage page = Pages.page(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(() -> engines.recognize(page.image(), page.dpi()).text());
            }
            List<String> texts = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                texts.add(f.get());
            }
            assertThat(texts).hasSize(4).allMatch(t -> t.equals(texts.get(0)));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBlankImageReadsAsNoWords() {
        var blank = new java.awt.image.BufferedImage(800, 1000, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 1000);
        g.dispose();
        assertThat(engines.recognize(blank, 300).words()).isEmpty();
    }
}
