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
                PagesCommand.Replace.class})
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

    @Command(name = "declare", mixinStandardHelpOptions = true)
    static final class Declare implements Callable<Integer> {
        @ParentCommand
        private PagesCommand pages;

        @Mixin
        private Target target;

        @Parameters(paramLabel = "COUNT", descriptionKey = "option.pages.count")
        private int count;

        @Override
        public Integer call() {
            Terminal t = pages.root.terminal();
            CaseNumber number = target.number();
            try (Workstation ws = pages.root.openWorkstation()) {
                ws.declarePages(number, target.ordinal, count);
                return report(t, ws, number);
            }
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
    static final class Insert implements Callable<Integer> {
        @ParentCommand
        private PagesCommand pages;

        @Mixin
        private Target target;

        @Option(names = "--at", paramLabel = "K", required = true, descriptionKey = "option.pages.at")
        private int position;

        @Mixin
        private OnePageSource source;

        @Override
        public Integer call() {
            Terminal t = pages.root.terminal();
            CaseNumber number = target.number();
            OnePageSource.Image image = source.read(pages.root.env());
            try (Workstation ws = pages.root.openWorkstation()) {
                Page page = ws.insertPage(number, target.ordinal, position, image.image(), image.dpi(), image.source());
                t.say("pages.inserted", page.sequence(), target.ordinal, number, page.master().sha256());
                return report(t, ws, number);
            }
        }
    }

    @Command(name = "replace", mixinStandardHelpOptions = true)
    static final class Replace implements Callable<Integer> {
        @ParentCommand
        private PagesCommand pages;

        @Mixin
        private Target target;

        @Option(names = "--page", paramLabel = "K", required = true, descriptionKey = "option.pages.page")
        private int sequence;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "option.pages.reason")
        private String reason;

        @Mixin
        private OnePageSource source;

        @Override
        public Integer call() {
            Terminal t = pages.root.terminal();
            CaseNumber number = target.number();
            OnePageSource.Image image = source.read(pages.root.env());
            try (Workstation ws = pages.root.openWorkstation()) {
                Page page = ws.replacePage(number, target.ordinal, sequence, image.image(), image.dpi(), reason);
                t.say("pages.replaced", page.sequence(), target.ordinal, number, page.master().sha256());
                return ExitCode.OK;
            }
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
