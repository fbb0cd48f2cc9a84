package vn.sohoa.app.cli;

import java.util.List;

import vn.sohoa.quality.QualityFlag;

/** The quality gate's flags of a page, in the user's language, separated by semicolons. */
final class QualityText {

    private QualityText() {
    }

    static String of(Terminal t, List<QualityFlag> flags) {
        return String.join("; ", flags.stream().map(f -> t.text(f.messageKey())).toList());
    }
}
