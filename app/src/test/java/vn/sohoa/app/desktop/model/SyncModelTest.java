package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** The sync panel's light, read from the home's sync.properties and a probe of the repository (view model alone). */
class SyncModelTest {

    @TempDir
    Path dir;

    @Test
    void notSetUpThenOutsideTheWindowThenOffline() throws Exception {
        Path home = dir.resolve("home");
        try (Workstation ws = Workstation.open(new DataHome(home));
             SyncModel sync = new SyncModel(ws, UiThread.direct(), Texts.vietnamese(), secret -> {
                 throw new UserProblem("no key here");
             })) {
            assertThat(lightAfterRefresh(sync)).isEqualTo(Connectivity.NOT_CONFIGURED);
            assertThat(sync.connectivityTextProperty().get()).contains("sync.properties");

            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();   // closed again: nothing answers there
            }
            LocalTime later = LocalTime.now().plusHours(2).truncatedTo(ChronoUnit.MINUTES);
            String base = "endpoint=http://127.0.0.1:" + port + "\nbucket=b\naccess-key=a\nsecret-key=s\n";
            Files.writeString(home.resolve("sync.properties"), base + "window=" + later + "-" + later.plusHours(1) + "\n");
            assertThat(lightAfterRefresh(sync)).isEqualTo(Connectivity.OUTSIDE_WINDOW);
            assertThat(sync.connectivityTextProperty().get()).isEqualTo("Ngoài khung giờ được phép tải lên: các lô chờ đến giờ");

            Files.writeString(home.resolve("sync.properties"), base);
            assertThat(lightAfterRefresh(sync)).isEqualTo(Connectivity.OFFLINE);
            assertThat(sync.batches()).isEmpty();
        }
    }

    @Test
    void theEnginesErrorsAreSaidInWords() {
        Texts vi = Texts.vietnamese();
        assertThat(SyncErrorWords.say("conflict: the repository holds other bytes under courts/x (size 3, sha256 ab); not overwritten", vi))
                .startsWith("Trên kho đã có tệp cùng tên nhưng nội dung khác");
        assertThat(SyncErrorWords.say("PUT courts/x: Unable to execute HTTP request: Connect to 127.0.0.1:9 failed: Connection refused", vi))
                .isEqualTo("Không kết nối được kho trung tâm; sẽ thử lại khi có mạng.");
        assertThat(SyncErrorWords.say("PUT courts/x: status 403 AccessDenied", vi)).startsWith("Kho trung tâm từ chối khóa truy cập");
        assertThat(SyncErrorWords.say("PUT courts/x: status 503 SlowDown", vi)).startsWith("Kho trung tâm đang gặp sự cố");
        assertThat(SyncErrorWords.say("something new", vi)).startsWith("Tải lên không thành công");
    }

    private static Connectivity lightAfterRefresh(SyncModel sync) throws InterruptedException {
        sync.connectivityProperty().set(Connectivity.UNKNOWN);
        sync.refresh();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sync.connectivityProperty().get() == Connectivity.UNKNOWN && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return sync.connectivityProperty().get();
    }
}
