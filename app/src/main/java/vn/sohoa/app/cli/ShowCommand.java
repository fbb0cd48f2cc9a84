package vn.sohoa.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Page;
import vn.sohoa.pipeline.CaseView;
import vn.sohoa.pipeline.Workstation;

@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "CASE", descriptionKey = "param.show.case")
    private String caseNumber;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        try (Workstation ws = root.openWorkstation()) {
            CaseView view = ws.show(number);
            if (json) {
                Json.print(t.out(), asMap(view));
                return ExitCode.OK;
            }
            t.say("show.case", view.caseFile().number(), view.caseFile().court().orElse("—"));
            for (CaseView.DocumentView d : view.documents()) {
                t.say("show.document", d.document().ordinal(), d.document().type().label(t.locale()),
                        d.document().title(), d.pages().size());
                d.pageCount().ifPresent(check -> t.say("show.count." + check.verdict().name().toLowerCase(java.util.Locale.ROOT),
                        check.declared(), check.scanned(), Math.abs(check.difference())));
                for (CaseView.PageView p : d.pages()) {
                    Page page = p.page();
                    t.say("show.page", page.sequence(), p.butLuc(), page.master().sha256(), page.master().mediaType(),
                            page.master().widthPx(), page.master().heightPx(), page.master().dpi(), stages(p.stages()));
                    if (!p.quality().isEmpty()) {
                        t.say("show.quality", QualityText.of(t, p.quality()));
                    }
                }
            }
        }
        return ExitCode.OK;
    }

    private static String stages(Map<String, String> stages) {
        StringBuilder b = new StringBuilder();
        stages.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append('=').append(v.toLowerCase(java.util.Locale.ROOT)));
        return b.toString();
    }

    private static Map<String, Object> asMap(CaseView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", view.caseFile().number().toString());
        m.put("court", view.caseFile().court().orElse(null));
        m.put("documents", view.documents().stream().map(ShowCommand::asMap).toList());
        return m;
    }

    private static Map<String, Object> asMap(CaseView.DocumentView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ordinal", d.document().ordinal());
        m.put("type", d.document().type().code());
        m.put("title", d.document().title());
        m.put("declared_pages", d.declaredPages().orElse(null));
        m.put("page_count", d.pageCount().map(c -> c.verdict().name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        List<Map<String, Object>> pages = d.pages().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            Page page = p.page();
            pm.put("sequence", page.sequence());
            pm.put("but_luc", p.butLuc());
            pm.put("sha256", page.master().sha256().hex());
            pm.put("media_type", page.master().mediaType());
            pm.put("width", page.master().widthPx());
            pm.put("height", page.master().heightPx());
            pm.put("dpi", page.master().dpi());
            pm.put("bytes", page.master().sizeBytes());
            pm.put("captured", page.capturedAt().toString());
            Map<String, String> stages = new LinkedHashMap<>();
            p.stages().forEach((k, v) -> stages.put(k, v.toLowerCase(java.util.Locale.ROOT)));
            pm.put("stages", stages);
            pm.put("quality", p.quality().stream().map(vn.sohoa.quality.QualityFlag::code).toList());
            return pm;
        }).toList();
        m.put("pages", pages);
        return m;
    }
}
