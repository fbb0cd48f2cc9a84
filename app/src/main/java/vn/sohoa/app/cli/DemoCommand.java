package vn.sohoa.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.Version;
import vn.sohoa.app.demo.Demo;
import vn.sohoa.app.demo.DemoReport;
import vn.sohoa.progress.Cancellation;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sohoa-demo", descriptionKey = "option.demo.out")
    private Path out;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        t.say("demo.start", out.toAbsolutePath());
        DemoReport report = Demo.run(out, Version.current(), t.progress(), Cancellation.none());
        t.clearProgress();
        t.say("demo.captured", report.caseNumber(), report.documents(), report.pages(), report.captureMillis());
        report.processed().stages().forEach((stage, c) -> t.say("process.stage", stage, c.done(), c.skipped(), c.failed()));
        t.say(report.custody().intact() ? "demo.custodyOk" : "demo.custodyBroken", report.custody().events());
        t.say("demo.outputs", report.out());
        t.say("demo.output.summary", report.out().resolve("summary.json"));
        t.say("demo.output.home", report.out().resolve("home"));
        t.say("demo.output.documents", report.out().resolve("documents"), report.signedDocuments());
        t.say("demo.output.published", report.out().resolve("published"), report.published().copies(),
                report.published().itemsMasked(), report.published().refused().size());
        t.say("demo.output.bundle", report.out().resolve("bundle.asice"), t.text("verify.status." + report.bundle().status().code()));
        t.say("demo.output.central", report.out().resolve("central"), report.sync().verified(), report.sync().batch(),
                t.text("sync.state." + report.sync().state()));
        t.say("demo.output.trust", report.out().resolve("trust"), report.out().resolve("bundle.asice"));
        t.say(report.ok() ? "demo.ok" : "demo.failed", report.totalMillis());
        return report.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
