package vn.sohoa.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line: one sentence, a pointer to --help, exit 2. */
final class BadArguments implements IParameterExceptionHandler {

    private final Terminal terminal;

    BadArguments(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        terminal.err().println(ex.getMessage());
        terminal.err().println(terminal.text("cli.seeHelp", cl.getCommandSpec().qualifiedName()));
        return ExitCode.BAD_INPUT;
    }
}
