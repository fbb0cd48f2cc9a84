package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.sohoa.ocr.CleanOptions;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.pipeline.OcrOptions;
import vn.sohoa.pipeline.OcrReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;

/** {@code sohoa ocr IN... -o OUT.pdf}: scanned files to one searchable PDF/A, like OCRmyPDF. */
@Command(name = "ocr", mixinStandardHelpOptions = true)
final class OcrCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "IN", arity = "1..*", descriptionKey = "param.ocr.in")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.ocr.output")
    private Path output;

    @Option(names = "--jobs", paramLabel = "N", descriptionKey = "option.ocr.jobs")
    private Integer jobs;

    @Option(names = "--model", paramLabel = "fast|best", defaultValue = "fast", descriptionKey = "option.ocr.model")
    private String model;

    @Option(names = "--deskew", descriptionKey = "option.ocr.deskew")
    private boolean deskew;

    @Option(names = "--rotate-pages", descriptionKey = "option.ocr.rotate")
    private boolean rotate;

    @Option(names = "--remove-blank", descriptionKey = "option.ocr.removeBlank")
    private boolean removeBlank;

    @Option(names = "--copy-signed", descriptionKey = "option.ocr.copySigned")
    private boolean copySigned;

    @Option(names = "--force", descriptionKey = "option.ocr.force")
    private boolean force;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        OcrOptions options = new OcrOptions(root.ocrLanguages().map(OcrLanguages::parse).orElse(OcrLanguages.DEFAULT), OcrModel.parse(model),
                jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                new CleanOptions(deskew, rotate, removeBlank), removeBlank, copySigned, force);
        OcrReport report = Workstation.convert(inputs, output, options, t.progress(), Cancellation.none());
        t.clearProgress();
        t.say("ocr.done", output.toAbsolutePath(), report.pagesOut(), report.pagesIn(), report.blankPages(),
                report.words(), report.elapsed().toMillis());
        if (report.keptText() > 0) {
            t.say("ocr.keptText", report.keptText());
        }
        for (OcrReport.PageVerdict v : report.flagged()) {
            t.say("ocr.quality", v.source(), v.page(), QualityText.of(t, v.quality().flags()));
        }
        return ExitCode.OK;
    }
}
