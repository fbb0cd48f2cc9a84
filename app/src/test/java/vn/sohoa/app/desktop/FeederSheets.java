package vn.sohoa.app.desktop;

import java.util.ArrayList;
import java.util.List;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.GeneratedPage;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;

/** The simulated feeder loaded with as many generated case-file pages as a test needs (the civil case, repeated). */
public final class FeederSheets {

    private FeederSheets() {
    }

    public static ScannerDrivers loaded(int pages, int dpi) {
        return loaded(pages, dpi, 0);
    }

    /**
     * Documents behind separator sheets (QR), each declaring a page count: {@code declared[i]} pages
     * declared for document i, {@code actual[i]} pages of the civil case fed after its sheet.
     */
    public static ScannerDrivers separated(String caseNumber, int dpi, List<String> titles, int[] declared, int[] actual) {
        List<GeneratedPage> one = new CaseFilePageGenerator(dpi).civilCase(20260701L, caseNumber,
                "Tòa án nhân dân khu vực 1 – Vĩnh Long").stream().flatMap(d -> d.pages().stream()).toList();
        List<Sheet> sheets = new ArrayList<>();
        int next = 0;
        for (int d = 0; d < titles.size(); d++) {
            vn.sohoa.capture.separator.SeparatorSheet separator = new vn.sohoa.capture.separator.SeparatorSheet(
                    vn.sohoa.casefile.CaseNumber.parse(caseNumber), vn.sohoa.casefile.DocumentType.KHAC, titles.get(d),
                    java.util.Optional.empty()).withDeclaredPages(declared[d]);
            sheets.add(new Sheet(vn.sohoa.capture.separator.SeparatorSheetImage.render(separator, 150), java.util.Optional.empty(), 150));
            for (int i = 0; i < actual[d]; i++) {
                sheets.add(Sheet.oneSided(one.get(next++ % one.size())));
            }
        }
        return new ScannerDrivers(List.of(new SimulatedDriver(sheets, 0, 0)));
    }

    /** The same, feeding at most {@code pagesPerMinute} (0: as fast as it can). */
    public static ScannerDrivers loaded(int pages, int dpi, int pagesPerMinute) {
        List<GeneratedPage> one = new CaseFilePageGenerator(dpi).civilCase(20260701L, "15/2026/DS-ST",
                "Tòa án nhân dân khu vực 1 – Vĩnh Long").stream().flatMap(d -> d.pages().stream()).toList();
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            sheets.add(Sheet.oneSided(one.get(i % one.size())));
        }
        return new ScannerDrivers(List.of(new SimulatedDriver(sheets, pagesPerMinute, 0)));
    }
}
