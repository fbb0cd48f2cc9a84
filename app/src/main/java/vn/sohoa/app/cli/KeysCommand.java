package vn.sohoa.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.i18n.SohoaException;

/** {@code sohoa keys}: key management; today {@code keys demo}, a throwaway PKI for trials. */
@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysCommand.Demo.class)
final class KeysCommand implements Runnable {

    @ParentCommand
    SohoaCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.terminal().out());
    }

    @Command(name = "demo", mixinStandardHelpOptions = true)
    static final class Demo implements Callable<Integer> {

        @ParentCommand
        private KeysCommand keys;

        @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "option.keys.out")
        private Path out;

        @Option(names = "--revocation-base", paramLabel = "URL", defaultValue = DemoPki.DEFAULT_REVOCATION_BASE,
                descriptionKey = "option.keys.revocation")
        private String revocationBase;

        @Override
        public Integer call() {
            Terminal t = keys.root.terminal();
            DemoPki.Layout layout;
            try {
                layout = DemoPki.create(out, revocationBase);
            } catch (IOException e) {
                throw SohoaException.badInput("demo.cannotWrite", out.toString());
            }
            t.say("keys.demo.done", out.toAbsolutePath());
            t.say("keys.demo.clerk", layout.p12(DemoPki.CLERK), layout.passwordFile(DemoPki.CLERK));
            t.say("keys.demo.trust", layout.rootPem());
            t.say("keys.demo.try", layout.p12(DemoPki.CLERK), layout.passwordFile(DemoPki.CLERK), layout.trust());
            return ExitCode.OK;
        }
    }
}
