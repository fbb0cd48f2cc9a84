package vn.sohoa.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.store.StoreException;

/** Turns whatever a command threw into one sentence on stderr and an exit code; the stack trace only with --debug. */
final class Failures implements IExecutionExceptionHandler {

    private final Terminal terminal;
    private final SohoaCommand root;

    Failures(Terminal terminal, SohoaCommand root) {
        this.terminal = terminal;
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        int code;
        Message message;
        if (ex instanceof SohoaException known) {
            message = known.userMessage();
            code = known.reason() == SohoaException.Reason.BAD_INPUT ? ExitCode.BAD_INPUT : ExitCode.CHECK_FAILED;
        } else if (ex instanceof CancelledException) {
            message = Message.of("error.cancelled");
            code = ExitCode.CHECK_FAILED;
        } else if (ex instanceof StoreException store) {
            message = Message.of("error.store", store.getMessage());
            code = ExitCode.CHECK_FAILED;
        } else {
            message = Message.of("error.internal", ex.getClass().getSimpleName());
            code = ExitCode.CHECK_FAILED;
        }
        terminal.error(message);
        if (root.debug()) {
            ex.printStackTrace(terminal.err());
        }
        return code;
    }
}
