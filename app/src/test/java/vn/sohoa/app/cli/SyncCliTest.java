package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.sync.SignedCase;

/** {@code sohoa central} and {@code sohoa sync} as a clerk runs them, against the real local repository. */
class SyncCliTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void centralThenSyncOnceThenStatus() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            SignedCase.create(catalog, blobs, dir, "21/2026/DS-ST", 2, 2);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LANG", "en_US.UTF-8");
        env.remove("SOHOA_S3_ACCESS_KEY");
        env.remove("SOHOA_S3_SECRET_KEY");

        CliRun notSetUp = CliRun.with(env, "--home", home.toString(), "--lang", "en", "sync", "--once");
        assertThat(notSetUp.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notSetUp.errLines()).singleElement().asString().contains("sync.properties");

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        StringWriter centralOut = new StringWriter();
        AtomicInteger centralExit = new AtomicInteger(-1);
        Thread central = Thread.ofPlatform().start(() -> centralExit.set(Cli.run(new String[] {"--lang", "en", "central",
                "--dir", dir.resolve("central").toString(), "--port", String.valueOf(port)},
                new PrintWriter(centralOut, true), new PrintWriter(new StringWriter(), true), env)));
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (!centralOut.toString().contains("Stop with") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            String printed = centralOut.toString();
            assertThat(printed).contains("Central repository at http://127.0.0.1:" + port, "Access key: ", "Secret key: ");
            String properties = printed.substring(printed.indexOf("endpoint="), printed.indexOf("Stop with"));
            Files.writeString(home.resolve("sync.properties"), properties, StandardCharsets.UTF_8);

            String[] key = {"--key", "p12:" + F.pki.p12(DemoPki.CLERK), "--password-file", F.pki.passwordFile(DemoPki.CLERK).toString()};
            CliRun noKey = CliRun.with(env, "--home", home.toString(), "--lang", "en", "sync", "--once");
            assertThat(noKey.exit()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(noKey.errLines()).singleElement().asString().contains("--key");

            CliRun once = CliRun.with(env, concat(List.of("--home", home.toString(), "--lang", "en", "sync", "--once"), key));
            assertThat(once.exit()).as(once.err()).isZero();
            assertThat(once.out()).contains("Queued courts/", "Sent 7 objects", "Committed courts/");

            CliRun again = CliRun.with(env, concat(List.of("--home", home.toString(), "--lang", "en", "sync", "--once"), key));
            assertThat(again.out()).contains("Sent 0 objects");

            CliRun json = CliRun.with(env, "--home", home.toString(), "sync", "--status", "--json");
            assertThat(json.exit()).isZero();
            JsonNode status = new ObjectMapper().readTree(json.out());
            assertThat(status.get("batches")).hasSize(1);
            JsonNode batch = status.get("batches").get(0);
            assertThat(batch.get("state").asText()).isEqualTo("verified");
            assertThat(batch.get("objects").asInt()).isEqualTo(7);
            assertThat(batch.get("verified").asInt()).isEqualTo(7);
            assertThat(batch.get("bytes_verified").asLong()).isEqualTo(batch.get("bytes").asLong());
            assertThat(batch.get("last_error").isNull()).isTrue();
            assertThat(status.get("totals").get("verified").asInt()).isEqualTo(1);
            assertThat(batch.get("committed").asBoolean()).isTrue();
            assertThat(status.get("connection").get("state").asText()).isEqualTo("done");

            // Continuous mode until stopped: a round runs, the stop is clean and said.
            StringWriter loopOut = new StringWriter();
            AtomicInteger loopExit = new AtomicInteger(-1);
            Thread loop = Thread.ofPlatform().start(() -> loopExit.set(Cli.run(concat(List.of("--home", home.toString(),
                    "--lang", "en", "sync", "--interval", "1"), key), new PrintWriter(loopOut, true),
                    new PrintWriter(new StringWriter(), true), env)));
            long until = System.currentTimeMillis() + 120_000;
            while (loopOut.toString().split("Sent 0 objects", -1).length < 3 && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            loop.interrupt();
            loop.join(30_000);
            assertThat(loop.isAlive()).isFalse();
            assertThat(loopExit.get()).isZero();
            assertThat(loopOut.toString()).as("two rounds, then stopped").contains("Sync stopped")
                    .containsPattern("(?s)Sent 0 objects.*Sent 0 objects");

            CliRun vi = CliRun.with(env, "--home", home.toString(), "--lang", "vi", "sync", "--status");
            assertThat(vi.out()).contains("đã xác minh", "7/7 đối tượng");
            assertThat(once.out() + once.err() + json.out()).as("the secret key is never printed by sync")
                    .doesNotContain(properties.lines().filter(l -> l.startsWith("secret-key=")).findFirst().orElseThrow().substring(11));
        } finally {
            central.interrupt();
            central.join(30_000);
        }
        assertThat(centralExit.get()).isZero();

        Files.writeString(home.resolve("sync.properties"), "endpoint=http://10.9.8.7:9000\nbucket=b\naccess-key=a\nsecret-key=s\n");
        CliRun insecure = CliRun.with(env, "--home", home.toString(), "--lang", "en", "sync", "--once");
        assertThat(insecure.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(insecure.errLines()).singleElement().asString().contains("TLS");
        CliRun jsonWithoutStatus = CliRun.with(env, "--home", home.toString(), "sync", "--json");
        assertThat(jsonWithoutStatus.exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    private static String[] concat(List<String> head, String[] tail) {
        String[] all = new String[head.size() + tail.length];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }
}
