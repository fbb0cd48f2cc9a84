package vn.sohoa.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.pipeline.PipelineReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

@Command(name = "process", mixinStandardHelpOptions = true)
final class ProcessCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--case", paramLabel = "NO", descriptionKey = "option.process.case")
    private String caseNumber;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        Optional<CaseNumber> number = Optional.ofNullable(caseNumber).map(CaseNumber::parse);
        try (Workstation ws = root.openWorkstation()) {
            PipelineReport report = ws.process(number, t.progress(), Cancellation.none());
            t.clearProgress();
            report.stages().forEach((stage, c) -> t.say("process.stage", stage, c.done(), c.skipped(), c.failed()));
            t.say("process.elapsed", report.elapsed().toMillis());
            return report.failures() == 0 ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }
}
