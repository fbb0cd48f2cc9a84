package vn.sohoa.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.pipeline.Workstation;

/**
 * {@code sohoa pages rotate}: turns a page by a quarter turn (a custody event; the master stays as
 * captured); the next {@code sohoa process} makes its cleaned image, OCR and PDF/A page again.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true)
final class PagesRotateCommand implements Callable<Integer> {

    @ParentCommand
    private PagesCommand pages;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--doc", paramLabel = "N", defaultValue = "1", descriptionKey = "option.pages.rotate.doc")
    private int ordinal;

    @Option(names = "--page", paramLabel = "K", required = true, descriptionKey = "option.pages.rotate.page")
    private int sequence;

    @Option(names = "--turn", paramLabel = "DEGREES", required = true, descriptionKey = "option.pages.turn")
    private int degrees;

    @Override
    public Integer call() {
        CaseNumber number = CaseNumber.parse(caseNumber);
        try (Workstation ws = pages.root.openWorkstation()) {
            int now = ws.turnPage(number, ordinal, sequence, degrees);
            pages.root.terminal().say("pages.turned", sequence, ordinal, number, now);
            return ExitCode.OK;
        }
    }
}
