package vn.sohoa.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.casefile.Approval;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.pipeline.Workstation;

/** {@code sohoa approve --case NO --document N --by NAME}: a second person's approval of a document before it is signed. */
@Command(name = "approve", mixinStandardHelpOptions = true)
final class ApproveCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    private String caseNumber;

    @Option(names = "--document", paramLabel = "N", required = true, descriptionKey = "option.approve.document")
    private int document;

    @Option(names = "--by", paramLabel = "NAME", required = true, descriptionKey = "option.approve.by")
    private String by;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        CaseNumber number = CaseNumber.parse(caseNumber);
        try (Workstation ws = root.openWorkstation()) {
            Approval approval = ws.approve(number, document, by);
            t.say("approve.done", document, number, approval.approver(), approval.content().hex());
            boolean needed = ws.catalog().findCase(number).flatMap(c -> ws.catalog().documents(c.id()).stream()
                    .filter(d -> d.ordinal() == document).findFirst())
                    .map(d -> ws.approvalPolicy().requiresApproval(d.type())).orElse(false);
            if (!needed) {
                t.say("approve.notRequired");
            }
        }
        return ExitCode.OK;
    }
}
