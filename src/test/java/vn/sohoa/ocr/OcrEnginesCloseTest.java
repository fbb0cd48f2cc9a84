package vn.sohoa.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.sohoa.testing.Pages;

/**
 * Closing the engines while a worker is still inside Tesseract waits for that page: the page is
 * read to the end, and only then are the engines ended (ending them under it crashed the JVM).
 */
class OcrEnginesCloseTest {

    @Test
    void closeWaitsForThePageBeingReadThenRefusesMore() throws Exception {
        BufferedImage page = Pages.page(0).image();
        OcrEngines engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT);
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<PageText> read = CompletableFuture.supplyAsync(() -> {
            engines.warmUp();
            reading.countDown();
            return engines.recognize(page, 300);
        });
        assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);   // the worker is now inside Tesseract: a full A4 page takes far longer than this
        engines.close();
        assertThat(read).isDone();
        assertThat(read.get().words()).hasSizeGreaterThan(50);
        assertThatThrownBy(() -> engines.recognize(page, 300)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CompletableFuture.runAsync(() -> engines.recognize(page, 300)).join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
