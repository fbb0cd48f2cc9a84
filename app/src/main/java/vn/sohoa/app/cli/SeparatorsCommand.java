package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.capture.separator.SeparatorSheet;
import vn.sohoa.capture.separator.SeparatorSheetPdf;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;

@Command(name = "separators", mixinStandardHelpOptions = true)
final class SeparatorsCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Mixin
    private CaseOption target;

    /** One sheet: {@code --type TYPE[:TITLE]}, optionally followed by {@code --pages N}, the document's page count. */
    static final class Sheet {
        @Option(names = "--type", paramLabel = "TYPE[:TITLE]", required = true, descriptionKey = "option.separators.type")
        String typed;

        @Option(names = "--pages", paramLabel = "N", descriptionKey = "option.separators.pages")
        Integer pages;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    private List<Sheet> sheets;

    @Option(names = "--court", paramLabel = "NAME", descriptionKey = "option.separators.court")
    private String court;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.separators.out")
    private Path out;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = target.number();
        List<SeparatorSheet> printed = new ArrayList<>();
        for (Sheet s : sheets) {
            String[] typeAndTitle = s.typed.split(":", 2);
            DocumentType type = DocumentType.find(typeAndTitle[0])
                    .orElseThrow(() -> SohoaException.badInput("doctype.unknown", typeAndTitle[0], "don-khoi-kien, ban-an, khac…"));
            String title = typeAndTitle.length > 1 ? typeAndTitle[1] : type.names().vietnamese();
            SeparatorSheet sheet = new SeparatorSheet(number, type, title, Optional.ofNullable(court));
            if (s.pages != null) {
                if (s.pages < 0 || s.pages > SeparatorSheet.MAX_DECLARED_PAGES) {
                    throw SohoaException.badInput("pages.badCount", s.pages);
                }
                sheet = sheet.withDeclaredPages(s.pages);
            }
            printed.add(sheet);
        }
        SeparatorSheetPdf.write(printed, out);
        t.say("separators.done", printed.size(), out.toAbsolutePath());
        return ExitCode.OK;
    }
}
