package vn.sohoa.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.SearchHit;

/** {@code sohoa search QUERY}: pages whose OCR text holds the words, with or without diacritics. */
@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "param.search.query")
    private List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "option.search.limit")
    private int limit;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        String q = String.join(" ", query);
        try (Workstation ws = root.openWorkstation()) {
            List<SearchHit> hits = ws.search(q, Math.max(1, limit));
            if (hits.isEmpty()) {
                t.say("search.none", q);
            }
            for (SearchHit h : hits) {
                t.say("search.hit", h.caseNumber(), h.documentOrdinal(), h.documentTitle(), h.pageSequence(), h.snippet());
            }
        }
        return ExitCode.OK;
    }
}
