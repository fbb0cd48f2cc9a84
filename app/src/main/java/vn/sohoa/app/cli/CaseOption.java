package vn.sohoa.app.cli;

import picocli.CommandLine.Option;

import vn.sohoa.casefile.CaseNumber;

/** {@code --case NO}: the case a scanning command works on (a picocli mixin). */
class CaseOption {

    @Option(names = "--case", paramLabel = "NO", required = true, descriptionKey = "option.case")
    String caseNumber;

    /** The case number as typed, checked: a malformed one is one sentence and exit status 2. */
    CaseNumber number() {
        return CaseNumber.parse(caseNumber);
    }
}
