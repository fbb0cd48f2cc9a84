package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import vn.sohoa.app.Version;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** {@code sohoa}: the root command and the options every subcommand accepts, before or after its name. */
@Command(name = "sohoa", mixinStandardHelpOptions = true, versionProvider = SohoaCommand.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {DemoCommand.class, ScannersCommand.class, ScanCommand.class, SeparatorsCommand.class,
                WatchCommand.class, ImportCommand.class, ProcessCommand.class, OcrCommand.class, SearchCommand.class,
                CasesCommand.class, ShowCommand.class, PagesCommand.class, PiiCommand.class, AnonymizeCommand.class,
                KeysCommand.class, ApproveCommand.class, SignCommand.class, BundleCommand.class, VerifyCommand.class,
                SyncCommand.class, CentralCommand.class})
public final class SohoaCommand implements Runnable {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.home")
    private Path home;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    private boolean debug;

    @Option(names = "--lang", paramLabel = "vi|en|vie+eng", scope = ScopeType.INHERIT, descriptionKey = "option.lang")
    private String lang;

    private final Map<String, String> env;

    SohoaCommand(Terminal terminal, Map<String, String> env) {
        this.terminal = terminal;
        this.env = Map.copyOf(env);
    }

    Map<String, String> env() {
        return env;
    }

    /** With only global options, the help. */
    @Override
    public void run() {
        spec.commandLine().usage(terminal.out());
    }

    Terminal terminal() {
        return terminal;
    }

    /** The OCR languages given as {@code --lang vie+eng}, when --lang names those and not vi|en. */
    Optional<String> ocrLanguages() {
        return Language.isOcrLanguages(lang) ? Optional.of(lang) : Optional.empty();
    }

    boolean debug() {
        return debug;
    }

    DataHome dataHome() {
        return DataHome.resolve(Optional.ofNullable(home), env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    Workstation openWorkstation() {
        return Workstation.open(dataHome());
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SoHoa " + Version.current() + " (Java " + Runtime.version() + ")"};
        }
    }
}
