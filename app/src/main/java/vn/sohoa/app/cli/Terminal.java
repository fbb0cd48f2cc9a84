package vn.sohoa.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;

/**
 * Where commands write: results to stdout, errors and the live progress line to stderr, every
 * sentence in the user's language.
 */
public final class Terminal {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;
    private final boolean interactive;
    private final ResourceBundle bundle;

    Terminal(PrintWriter out, PrintWriter err, Locale locale, ResourceBundle bundle) {
        this.bundle = bundle;
        this.out = out;
        this.err = err;
        this.locale = locale;
        Console console = System.console();
        this.interactive = console != null && console.isTerminal();
    }

    public PrintWriter out() {
        return out;
    }

    public Locale locale() {
        return locale;
    }

    public boolean vietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    /** Renders a sentence of the command line's own bundle or, failing that, of the engine's. */
    public String text(String key, Object... args) {
        if (bundle.containsKey(key)) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
        return Message.of(key, args).render(locale);
    }

    public void say(String key, Object... args) {
        out.println(text(key, args));
    }

    public void error(Message message) {
        clearProgress();
        err.println(message.render(locale));
    }

    public PrintWriter err() {
        return err;
    }

    /** A progress line redrawn in place on a terminal; silent when output goes to a file or a pipe. */
    public ProgressListener progress() {
        if (!interactive) {
            return ProgressListener.NONE;
        }
        return p -> printProgress(p);
    }

    private synchronized void printProgress(Progress p) {
        int percent = (int) Math.round(p.fraction() * 100);
        String line = String.format(locale, "\r%s %d/%d (%d%%) %s", p.task(), p.done(), p.total(), percent, p.detail());
        err.print(line.length() > 100 ? line.substring(0, 100) : line);
        err.print("\u001B[K");
        err.flush();
    }

    public synchronized void clearProgress() {
        if (interactive) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
