package vn.sohoa.anonymize.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;
import vn.sohoa.pdf.DocumentMetadata;
import vn.sohoa.pdf.PageImage;
import vn.sohoa.pdf.PdfPage;
import vn.sohoa.pdf.SearchablePdfWriter;
import vn.sohoa.testing.JudgmentScan;

/**
 * The leak audit finds an original wherever a careless copy keeps it: in the text layer, in the
 * document information and XMP, in an earlier incremental revision, in an object nothing refers to,
 * and in the pixels of a page (by OCR). A clean copy raises no alarm.
 */
class LeakAuditTest {

    static final List<Secret> SECRETS = List.of(new Secret("Trần Văn Khải", "PERSON"), new Secret("094085001234", "ID"));
    static OcrEngines engines;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    static LeakAudit audit() {
        return new LeakAudit(SECRETS, "bị cáo Trần Văn K", (image, dpi) -> engines.recognize(image, dpi).text());
    }

    static List<Leak.Place> places(LeakReport r) {
        return r.leaks().stream().map(Leak::place).distinct().toList();
    }

    /** A one-page PDF/A from SoHoa's writer: a blank or written page, and a text layer of the given words. */
    Path pdf(String name, BufferedImage image, List<String> words, String title) throws IOException {
        List<OcrWord> placed = new java.util.ArrayList<>();
        int x = 250;
        for (String w : words) {
            placed.add(new OcrWord(w, new Box(x, 300, x + 40 * w.length(), 350), 90));
            x += 40 * w.length() + 30;
        }
        PageText text = placed.isEmpty() ? PageText.empty(image.getWidth(), image.getHeight())
                : new PageText(image.getWidth(), image.getHeight(), List.of(new OcrLine(new Box(250, 300, x, 350), 345, 345, true, placed)));
        Path out = dir.resolve(name);
        try (OutputStream stream = Files.newOutputStream(out)) {
            new SearchablePdfWriter("test").write(List.of(new PdfPage(new PageImage.Pixels(image), 300, text)).iterator(),
                    DocumentMetadata.titled(title, Instant.now()), stream);
        }
        return out;
    }

    static BufferedImage blank() {
        return JudgmentScan.page(List.of("Bị cáo Trần Văn K bị xử phạt."));
    }

    @Test
    void aCleanCopyPasses() throws IOException {
        LeakReport r = audit().audit(pdf("clean.pdf", blank(), List.of("Bị", "cáo", "Trần", "Văn", "K"), "Bản công bố"));
        assertThat(r.leaks()).isEmpty();
        assertThat(r.checked()).isEqualTo(2);
        assertThat(r.pagesReread()).isEqualTo(1);
    }

    @Test
    void anOriginalInTheTextLayerIsFound() throws IOException {
        LeakReport r = audit().audit(pdf("text.pdf", blank(), List.of("Trần", "Văn", "Khải", "094085001234"), "Bản công bố"));
        assertThat(places(r)).contains(Leak.Place.TEXT_LAYER);
        assertThat(r.leaks()).extracting(Leak::type).contains("PERSON", "ID");
    }

    @Test
    void anOriginalInTheTitleIsFoundInTheInformationAndTheXmp() throws IOException {
        LeakReport r = audit().audit(pdf("title.pdf", blank(), List.of(), "Bản án Trần Văn Khải"));
        assertThat(places(r)).contains(Leak.Place.OBJECT, Leak.Place.STREAM);
    }

    @Test
    void anOriginalInAnEarlierRevisionIsFound() throws IOException {
        Path file = pdf("revised.pdf", blank(), List.of(), "Bản công bố");
        for (String title : new String[] {"Số 094085001234", "Bản công bố"}) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
                doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.saveIncremental(out);
                Files.write(file, out.toByteArray());
            }
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Bản công bố");
        }
        LeakReport r = audit().audit(file);
        assertThat(r.revisions()).isEqualTo(3);
        assertThat(r.leaks()).isNotEmpty().extracting(Leak::type).containsOnly("ID");
    }

    @Test
    void anOriginalInAnObjectNothingRefersToIsFoundCompressed() throws IOException {
        Path file = pdf("orphan.pdf", blank(), List.of(), "Bản công bố");
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated)) {
            z.write("BT (ghi chu) Tj ET Trần Văn Khải".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream orphan = new ByteArrayOutputStream();
        orphan.write(("\n999 0 obj\n<< /Length " + deflated.size() + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        orphan.write(deflated.toByteArray());
        orphan.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, orphan.toByteArray(), StandardOpenOption.APPEND);
        LeakReport r = audit().audit(file);
        assertThat(places(r)).containsExactly(Leak.Place.STREAM);
    }

    @Test
    void anOriginalLeftInThePixelsIsReadByOcr() throws IOException {
        BufferedImage written = JudgmentScan.page(List.of("Bị cáo Trần Văn Khải bị xử phạt.", "CCCD số 094085001234."));
        LeakReport r = audit().audit(pdf("pixels.pdf", written, List.of(), "Bản công bố"));
        assertThat(places(r)).containsExactly(Leak.Place.IMAGE_TEXT);
        assertThat(r.leaks()).extracting(Leak::type).contains("PERSON", "ID");
    }

    @Test
    void aLogNamingAnOriginalIsALeak() {
        assertThat(audit().scanCompanion("{\"note\":\"Trần Văn Khải\"}".getBytes(StandardCharsets.UTF_8), "log")).hasSize(1);
        assertThat(audit().scanCompanion("{\"code\":\"Trần Văn K\"}".getBytes(StandardCharsets.UTF_8), "log")).isEmpty();
    }

    @Test
    void anOriginalThatAlsoStandsInThePublishedTextIsCountedNotSought() {
        Needles needles = new Needles(List.of(new Secret("An", "PERSON"), new Secret("Trần Văn Khải", "PERSON")),
                "Tòa án nhân dân tỉnh An Giang");
        assertThat(needles.checked()).isEqualTo(1);
        assertThat(needles.uncheckable()).isEqualTo(1);
        assertThat(needles.find("số 09 4085 001234 và TRẦN  VĂN KHẢI", false)).containsExactly("PERSON");
        assertThat(new Needles(SECRETS, "").find("số 094.085.001.234", false)).containsExactly("ID");
        assertThat(new Needles(SECRETS, "").find("số 0940850012345", false)).isEmpty();
    }
}
