package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** Background work runs behind the screen in the system's queue, and so do the threads it starts (the engine's OCR readers). */
class BackgroundPriorityTest {

    @Test
    void aJobAndTheThreadsItStartsAreNicedWhileTheCallerIsNot() throws Exception {
        assertThat(System.getProperty("os.name")).as("this workstation's tests run on Linux").containsIgnoringCase("linux");
        Optional<Integer> caller = BackgroundPriority.niceOfThisThread();
        try (BackgroundWork work = new BackgroundWork(UiThread.direct(), Texts.vietnamese(), "test-background")) {
            CompletableFuture<List<Optional<Integer>>> seen = new CompletableFuture<>();
            work.start("", (r, c) -> {
                CompletableFuture<Optional<Integer>> child = new CompletableFuture<>();
                Thread.ofPlatform().start(() -> child.complete(BackgroundPriority.niceOfThisThread())).join();
                return List.of(BackgroundPriority.niceOfThisThread(), child.join());
            }, seen::complete);
            work.await();
            assertThat(seen.get()).containsExactly(Optional.of(BackgroundPriority.NICE), Optional.of(BackgroundPriority.NICE));
        }
        assertThat(caller).contains(0);
        assertThat(BackgroundPriority.niceOfThisThread()).as("the caller's thread is left as it was").contains(0);
    }
}
