package vn.sohoa.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One in-process run of the command line, as a user would see it: exit status, stdout, stderr. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return with(System.getenv(), args);
    }

    /** Runs with these environment variables instead of the process's (SANE_NET_HOSTS, SOHOA_HOME, LANG…). */
    static CliRun with(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\n"));
    }
}
