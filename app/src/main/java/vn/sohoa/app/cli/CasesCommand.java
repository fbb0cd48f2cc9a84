package vn.sohoa.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.pipeline.CaseSummary;
import vn.sohoa.pipeline.Workstation;

@Command(name = "cases", mixinStandardHelpOptions = true)
final class CasesCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        try (Workstation ws = root.openWorkstation()) {
            List<CaseSummary> cases = ws.cases();
            if (json) {
                Json.print(t.out(), cases.stream().map(CasesCommand::asMap).toList());
            } else if (cases.isEmpty()) {
                t.say("cases.none", ws.home().root());
            } else {
                for (CaseSummary c : cases) {
                    t.say("cases.line", c.caseFile().number(), c.documents(), c.pages(), c.caseFile().court().orElse(""));
                }
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> asMap(CaseSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", c.caseFile().number().toString());
        m.put("court", c.caseFile().court().orElse(null));
        m.put("documents", c.documents());
        m.put("pages", c.pages());
        m.put("created", c.caseFile().createdAt().toString());
        return m;
    }
}
