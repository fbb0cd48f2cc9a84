package vn.sohoa.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.capture.PageCountCheck;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.pipeline.Workstation;

/**
 * {@code sohoa pages}: the structure of a case file after scanning: the page count the clerk
 * declares and its check, a page inserted or replaced in the middle of a document.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        subcommands = {PagesCommand.Declare.class, PagesCommand.Check.class, PagesCommand.Insert.class,
                PagesCommand.Replace.class,
                PagesRotateCommand.class})
final class PagesCommand implements Runnable {

    @ParentCommand
    SohoaCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.terminal().out());
    }

    /** The case and document every subcommand names. */
    static final class Target extends CaseOption {
        @Option(names = {"--document", "--doc"}, paramLabel = "N", required = true, descriptionKey = "option.pages.doc")
        int ordinal;
    }

    /**
     * A step on one document of the case: what it needs is read first (an image file, a scan), then
     * the catalog is opened for the step itself.
     */
    abstract static class DocumentStep implements Callable<Integer> {
        @ParentCommand
        PagesCommand pages;

        @Mixin
        Target target;

        /** Reads what the step needs before the catalog is opened; nothing by default. */
        void prepare() {
        }

        /** The step itself, returning the exit status. */
        abstract int apply(Terminal t, Workstation ws, CaseNumber number);

        @Override
        public final Integer call() {
            CaseNumber number = target.number();
            prepare();
            try (Workstation ws = pages.root.openWorkstation()) {
                return apply(pages.root.terminal(), ws, number);
            }
        }
    }

    /** A step with one page for the document: scanned now, or read from an image file. */
    abstract static class OnePageStep extends DocumentStep {
        @Mixin
        OnePageSource source;

        OnePageSource.Image image;

        @Override
        void prepare() {
            image = source.read(pages.root.env());
        }
    }

    @Command(name = "declare", mixinStandardHelpOptions = true)
    static final class Declare extends DocumentStep {
        @Parameters(paramLabel = "COUNT", descriptionKey = "option.pages.count")
        private int count;

        @Override
        int apply(Terminal t, Workstation ws, CaseNumber number) {
            ws.declarePages(number, target.ordinal, count);
            return report(t, ws, number);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private PagesCommand pages;

        @Mixin
        private CaseOption target;

        @Override
        public Integer call() {
            CaseNumber number = target.number();
            try (Workstation ws = pages.root.openWorkstation()) {
                return report(pages.root.terminal(), ws, number);
            }
        }
    }

    @Command(name = "insert", mixinStandardHelpOptions = true)
    static final class Insert extends OnePageStep {
        @Option(names = "--at", paramLabel = "K", required = true, descriptionKey = "option.pages.at")
        private int position;

        @Override
        int apply(Terminal t, Workstation ws, CaseNumber number) {
            Page page = ws.insertPage(number, target.ordinal, position, image.image(), image.dpi(), image.source());
            t.say("pages.inserted", page.sequence(), target.ordinal, number, page.master().sha256());
            return report(t, ws, number);
        }
    }

    @Command(name = "replace", mixinStandardHelpOptions = true)
    static final class Replace extends OnePageStep {
        @Option(names = "--page", paramLabel = "K", required = true, descriptionKey = "option.pages.page")
        private int sequence;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "option.pages.reason")
        private String reason;

        @Override
        int apply(Terminal t, Workstation ws, CaseNumber number) {
            Page page = ws.replacePage(number, target.ordinal, sequence, image.image(), image.dpi(), reason);
            t.say("pages.replaced", page.sequence(), target.ordinal, number, page.master().sha256());
            return ExitCode.OK;
        }
    }

    /**
     * Prints each document's declared count against its pages (and the documents with none declared);
     * exit 1 when any differs.
     */
    static int report(Terminal t, Workstation ws, CaseNumber number) {
        Map<Document, PageCountCheck> counts = ws.pageCounts(number);
        CaseFile caseFile = ws.catalog().findCase(number).orElseThrow();
        boolean allMatch = true;
        for (Document d : ws.catalog().documents(caseFile.id())) {
            PageCountCheck check = counts.entrySet().stream().filter(e -> e.getKey().id() == d.id()).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (check == null) {
                t.say("pages.check.undeclared", d.ordinal(), ws.catalog().pages(d.id()).size());
            } else {
                allMatch &= printCheck(t, d, check);
            }
        }
        if (counts.isEmpty()) {
            t.say("pages.noneDeclared", number);
        }
        return allMatch ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** One document's declared count against its pages: on standard output when they agree, else on standard error. */
    static boolean printCheck(Terminal t, Document document, PageCountCheck check) {
        String key = "pages.check." + check.verdict().name().toLowerCase(java.util.Locale.ROOT);
        String line = t.text(key, document.ordinal(), check.declared(), check.scanned(), Math.abs(check.difference()));
        (check.matches() ? t.out() : t.err()).println(line);
        return check.matches();
    }
}
