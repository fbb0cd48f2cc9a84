package vn.sohoa.app.cli;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.central.CentralRepository;
import vn.sohoa.i18n.SohoaException;

/**
 * {@code sohoa central --dir DIR [--port P]}: a local central repository (s3proxy, filesystem backend)
 * on 127.0.0.1 until stopped; prints its endpoint, bucket and keys, and the sync.properties that points
 * a workstation at it.
 */
@Command(name = "central", mixinStandardHelpOptions = true)
final class CentralCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--dir", paramLabel = "DIR", required = true, descriptionKey = "option.central.dir")
    private Path dir;

    @Option(names = "--port", paramLabel = "P", defaultValue = "9000", descriptionKey = "option.central.port")
    private int port;

    @Override
    public Integer call() throws Exception {
        Terminal t = root.terminal();
        if (port < 0 || port > 65535) {
            throw SohoaException.badInput("central.badPort", port);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw SohoaException.badInput("central.notAFolder", dir);
        }
        CentralRepository central;
        try {
            central = CentralRepository.start(dir, port);
        } catch (BindException e) {
            throw SohoaException.badInput("central.portTaken", port);
        } catch (Exception e) {
            if (e.getCause() instanceof BindException || String.valueOf(e.getMessage()).contains("Address already in use")) {
                throw SohoaException.badInput("central.portTaken", port);
            }
            throw e;
        }
        try (central) {
            t.say("central.started", central.endpoint(), dir.toAbsolutePath().resolve("data"));
            t.say("central.bucket", CentralRepository.BUCKET);
            t.say("central.accessKey", central.credentials().accessKey());
            t.say("central.secretKey", central.credentials().secretKey());
            t.say("central.settings");
            t.out().print(central.syncProperties());
            t.say("central.stop");
            t.out().flush();
            while (true) {
                Thread.sleep(60_000);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }
}
