package vn.sohoa.app.desktop.model;

import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sohoa.casefile.CaseNumber;

/** A case number as it is typed: checked at every keystroke, with one sentence saying what is wrong, or what it is. */
public final class CaseNumberField {

    private final Texts texts;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper("");

    public CaseNumberField(Texts texts) {
        this.texts = texts;
        text.addListener((o, was, now) -> check(now));
        check("");
    }

    private void check(String typed) {
        Optional<vn.sohoa.i18n.Message> wrong = CaseNumber.problemWith(typed);
        problem.set(typed == null || typed.isBlank() ? "" : wrong.map(texts::render).orElse(""));
        meaning.set(wrong.isPresent() ? "" : describe(CaseNumber.parse(typed)));
    }

    private String describe(CaseNumber n) {
        return texts.get("scan.case.meaning", n.toString(), n.kind().names().in(texts.locale()),
                n.instance().map(i -> i.names().in(texts.locale())).orElse("—"));
    }

    public Optional<CaseNumber> value() {
        return CaseNumber.problemWith(text.get()).isEmpty() ? Optional.of(CaseNumber.parse(text.get())) : Optional.empty();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty while the number is valid or nothing is typed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }
}
