package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.capture.ImportResult;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.import.files")
    private List<Path> files;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.import.type")
    private String type;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        DocumentType documentType = type == null ? DocumentType.KHAC : DocumentType.find(type).orElseThrow(
                () -> SohoaException.badInput("doctype.unknown", type,
                        Arrays.stream(DocumentType.values()).map(DocumentType::code).collect(Collectors.joining(", "))));
        try (Workstation ws = root.openWorkstation()) {
            List<ImportResult> results = ws.importFiles(number, documentType, files, t.progress(), page -> { },
                    Cancellation.none());
            t.clearProgress();
            for (ImportResult r : results) {
                t.say(r.added() == 0 ? "import.already" : "import.done", r.file().getFileName(), r.added(), r.pages(),
                        number, r.document().ordinal(), r.document().type().label(t.locale()));
            }
        }
        return ExitCode.OK;
    }
}
