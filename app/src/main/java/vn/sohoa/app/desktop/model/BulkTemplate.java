package vn.sohoa.app.desktop.model;

import java.nio.file.Path;
import java.util.Optional;

import vn.sohoa.casefile.CaseKind;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;

/**
 * The metadata an archivist sets once for a box of scans: the court, the case number or a pattern
 * ({@code {folder}} stands for the folder's name, with {@code -} read as {@code /}, so a box
 * {@code 15-2026-DS-ST} is case 15/2026/DS-ST), the kind of case it must be, the default document
 * type, and who does the work (the custody log's actor).
 */
public record BulkTemplate(String court, String casePattern, Optional<CaseKind> kind, DocumentType documentType,
                           String operator) {

    public static final String FOLDER = "{folder}";

    /** The case number for a box, or a sentence saying why there is none. */
    public CaseNumber caseFor(Path folder, Texts texts) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        // Only the first two separators stand for "/": 15-2026-DS-ST is 15/2026/DS-ST.
        String text = casePattern.strip().replace(FOLDER, name.replace('_', '-').replaceFirst("-", "/").replaceFirst("-", "/"));
        Optional<vn.sohoa.i18n.Message> problem = CaseNumber.problemWith(text);
        if (problem.isPresent()) {
            throw new UserProblem(texts.get("bulk.badCase", name, texts.render(problem.get())));
        }
        CaseNumber number = CaseNumber.parse(text);
        if (kind.isPresent() && number.kind() != kind.get()) {
            throw new UserProblem(texts.get("bulk.wrongKind", number, kind.get().names().in(texts.locale())));
        }
        return number;
    }
}
