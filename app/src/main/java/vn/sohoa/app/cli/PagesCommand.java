package vn.sohoa.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.capture.PageCountCheck;
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
    static final class Target {
        @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
        String caseNumber;

        @Option(names = "--doc", paramLabel = "N", required = true, descriptionKey = "option.pages.doc")
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
            CaseNumber number = CaseNumber.parse(target.caseNumber);
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

        @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
        private String caseNumber;

        @Override
        public Integer call() {
            CaseNumber number = CaseNumber.parse(caseNumber);
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
            CaseNumber number = CaseNumber.parse(target.caseNumber);
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
            CaseNumber number = CaseNumber.parse(target.caseNumber);
            OnePageSource.Image image = source.read(pages.root.env());
            try (Workstation ws = pages.root.openWorkstation()) {
                Page page = ws.replacePage(number, target.ordinal, sequence, image.image(), image.dpi(), reason);
                t.say("pages.replaced", page.sequence(), target.ordinal, number, page.master().sha256());
                return ExitCode.OK;
            }
        }
    }

    /** Prints each declared count against the pages scanned; exit 1 when any differs. */
    static int report(Terminal t, Workstation ws, CaseNumber number) {
        Map<Document, PageCountCheck> counts = ws.pageCounts(number);
        if (counts.isEmpty()) {
            t.say("pages.noneDeclared", number);
            return ExitCode.OK;
        }
        boolean allMatch = true;
        for (Map.Entry<Document, PageCountCheck> e : counts.entrySet()) {
            PageCountCheck check = e.getValue();
            String key = "pages.check." + check.verdict().name().toLowerCase(java.util.Locale.ROOT);
            String line = t.text(key, e.getKey().ordinal(), check.declared(), check.scanned(), Math.abs(check.difference()));
            if (check.matches()) {
                t.out().println(line);
            } else {
                t.err().println(line);
                allMatch = false;
            }
        }
        return allMatch ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
