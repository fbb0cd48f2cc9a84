package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
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

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--type", paramLabel = "TYPE", required = true, arity = "1..*", descriptionKey = "option.separators.type")
    private List<String> types;

    @Option(names = "--court", paramLabel = "NAME", descriptionKey = "option.separators.court")
    private String court;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.separators.out")
    private Path out;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        List<SeparatorSheet> sheets = new ArrayList<>();
        for (String typed : types) {
            String[] typeAndTitle = typed.split(":", 2);
            DocumentType type = DocumentType.find(typeAndTitle[0])
                    .orElseThrow(() -> SohoaException.badInput("doctype.unknown", typeAndTitle[0], "don-khoi-kien, ban-an, khac…"));
            String title = typeAndTitle.length > 1 ? typeAndTitle[1] : type.names().vietnamese();
            sheets.add(new SeparatorSheet(number, type, title, Optional.ofNullable(court)));
        }
        SeparatorSheetPdf.write(sheets, out);
        t.say("separators.done", sheets.size(), out.toAbsolutePath());
        return ExitCode.OK;
    }
}
