package vn.sohoa.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.Option;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;

/** Where {@code scan} puts its pages (a picocli mixin): a new document of a type and title, or {@code --into} an existing one. */
final class ScanInto {

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.import.type")
    String type;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.scan.title")
    String title;

    @Option(names = "--into", paramLabel = "N", descriptionKey = "option.scan.into")
    Integer into;

    /** The document asked for; a new one's title is its type's name in {@code locale} unless given. */
    ScanCapture.Into target(Locale locale) {
        if (into != null) {
            return new ScanCapture.Into.ExistingDocument(into);
        }
        DocumentType documentType = type == null ? DocumentType.KHAC : DocumentType.find(type).orElseThrow(
                () -> SohoaException.badInput("doctype.unknown", type,
                        Arrays.stream(DocumentType.values()).map(DocumentType::code).collect(Collectors.joining(", "))));
        return new ScanCapture.Into.NewDocument(documentType, title != null ? title : documentType.label(locale));
    }
}
