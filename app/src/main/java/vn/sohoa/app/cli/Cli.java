package vn.sohoa.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import picocli.CommandLine;

/** Builds the {@code sohoa} command line in the user's language and maps every failure to an exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs with the given environment variables (SOHOA_HOME, SANE_NET_HOSTS, LANG…) instead of the process's. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Locale locale = Language.detect(args, env);
        ResourceBundle bundle = ResourceBundle.getBundle("vn.sohoa.app.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Terminal terminal = new Terminal(out, err, locale, bundle);
        SohoaCommand root = new SohoaCommand(terminal, env);
        CommandLine cl = new CommandLine(root);
        cl.setResourceBundle(bundle);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new BadArguments(terminal));
        cl.setExecutionExceptionHandler(new Failures(terminal, root));
        if (args.length == 0) {
            cl.usage(out);
            return ExitCode.OK;
        }
        return cl.execute(args);
    }
}
