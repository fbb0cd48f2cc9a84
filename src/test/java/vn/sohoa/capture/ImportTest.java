package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.testing.WorkstationTest;
import vn.sohoa.testing.TempHome;
import vn.sohoa.testing.TestFiles;

class ImportTest extends WorkstationTest {

    static final CaseNumber CASE = CaseNumber.parse("12/2024/HS-ST");

    @Test
    void aThreePageGreyTiffBecomesThreePngMastersWhoseHashesAreTheStoredFiles() throws IOException {
        Path tiff = TestFiles.tiff(dir.resolve("three.tif"), 3, 620, 877, false);
        List<Progress> progress = new ArrayList<>();
        List<Page> acknowledged = new ArrayList<>();

        var results = ws.importFiles(CASE, DocumentType.BAN_AN, List.of(tiff), progress::add, acknowledged::add,
                Cancellation.none());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.pages()).isEqualTo(3);
            assertThat(r.added()).isEqualTo(3);
            assertThat(r.document().type()).isEqualTo(DocumentType.BAN_AN);
            assertThat(r.source()).isEqualTo(Sha256.hash(Files.readAllBytes(tiff)));
        });
        assertThat(progress).extracting(Progress::done).containsExactly(1L, 2L, 3L);
        List<Page> pages = ws.catalog().pagesOfCase(ws.catalog().findCase(CASE).orElseThrow().id());
        assertThat(pages).hasSize(3).isEqualTo(acknowledged);
        for (Page page : pages) {
            Path blob = ws.blobs().path(page.master().sha256());
            assertThat(Sha256.hash(Files.readAllBytes(blob))).isEqualTo(page.master().sha256());
            assertThat(page.master().mediaType()).isEqualTo("image/png");
            assertThat(page.master().widthPx()).isEqualTo(620);
            BufferedImage decoded = ImageIO.read(blob.toFile());
            assertThat(decoded.getHeight()).isEqualTo(877);
        }
        assertThat(pages).extracting(p -> p.master().sha256()).doesNotHaveDuplicates();
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void bitonalTiffPagesStayBitonalAsCcittG4WithTheirResolution() throws IOException {
        Path tiff = TestFiles.tiff(dir.resolve("g4.tif"), 2, 1654, 2339, true);
        ws.importFiles(CASE, DocumentType.KHAC, List.of(tiff), p -> { }, p -> { }, Cancellation.none());

        for (Page page : ws.catalog().allPages()) {
            assertThat(page.master().mediaType()).isEqualTo("image/tiff");
            byte[] master = ws.blobs().read(page.master().sha256());
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(master))) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertThat(reader.getNumImages(true)).isEqualTo(1);
                var metadata = reader.getImageMetadata(0);
                var standard = (javax.imageio.metadata.IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
                var compression = (javax.imageio.metadata.IIOMetadataNode) standard.getElementsByTagName("CompressionTypeName").item(0);
                assertThat(compression.getAttribute("value")).isEqualTo("CCITT T.6");
                assertThat(Resolution.dpiOf(metadata)).isEqualTo(page.master().dpi()).isEqualTo(300);
                assertThat(reader.read(0).getColorModel().getPixelSize()).isEqualTo(1);
            }
        }
    }

    @Test
    void aSingleImageFileIsItsOwnMasterByteForByte() throws IOException {
        Path png = TestFiles.png(dir.resolve("page.png"), 400, 566);
        Path jpeg = TestFiles.jpeg(dir.resolve("page.jpg"), 400, 566);
        var results = ws.importFiles(CASE, DocumentType.KHAC, List.of(png, jpeg), p -> { }, p -> { }, Cancellation.none());

        assertThat(results).hasSize(2);
        assertThat(ws.catalog().pages(results.get(0).document().id())).singleElement()
                .satisfies(p -> assertThat(p.master().sha256()).isEqualTo(Sha256.hash(Files.readAllBytes(png))));
        assertThat(ws.catalog().pages(results.get(1).document().id())).singleElement().satisfies(p -> {
            assertThat(p.master().sha256()).isEqualTo(Sha256.hash(Files.readAllBytes(jpeg)));
            assertThat(p.master().mediaType()).isEqualTo("image/jpeg");
        });
        assertThat(results.get(1).document().ordinal()).isEqualTo(2);
    }

    @Test
    void scannedPdfPagesAreRenderedAtTheirNativeResolution() throws IOException {
        Path pdf = TestFiles.scannedPdf(dir.resolve("scan.pdf"), 2, 150);
        ws.importFiles(CASE, DocumentType.KHAC, List.of(pdf), p -> { }, p -> { }, Cancellation.none());

        List<Page> pages = ws.catalog().allPages();
        assertThat(pages).hasSize(2);
        for (Page page : pages) {
            assertThat(page.master().dpi()).isEqualTo(150);
            assertThat(page.master().widthPx()).isBetween(1239, 1241);
            assertThat(page.master().mediaType()).isEqualTo("image/png");
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        Path tiff = TestFiles.tiff(dir.resolve("three.tif"), 3, 300, 400, false);
        ws.importFiles(CASE, DocumentType.KHAC, List.of(tiff), p -> { }, p -> { }, Cancellation.none());
        long events = ws.catalog().custody().events().size();

        var again = ws.importFiles(CASE, DocumentType.KHAC, List.of(tiff), p -> { }, p -> { }, Cancellation.none());

        assertThat(again.getFirst().added()).isZero();
        assertThat(ws.catalog().allPages()).hasSize(3);
        assertThat(ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id())).hasSize(1);
        assertThat(ws.catalog().custody().events()).hasSize((int) events);
    }

    @Test
    void aCancelledImportRecordsNothingAndLeavesNoBlobs() throws IOException {
        Path tiff = TestFiles.tiff(dir.resolve("five.tif"), 5, 300, 400, false);
        Cancellation cancellation = new Cancellation();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.importFiles(CASE, DocumentType.KHAC, List.of(tiff),
                        p -> { if (p.done() == 2) { cancellation.cancel(); } }, p -> { }, cancellation))
                .isInstanceOf(vn.sohoa.progress.CancelledException.class);

        assertThat(ws.catalog().allPages()).isEmpty();
        assertThat(TempHome.blobFiles(dir.resolve("home"))).isEmpty();
    }

    @Test
    void aBadFileAfterAGoodOneStopsTheImportAndKeepsTheGoodOne() throws IOException {
        Path good = TestFiles.png(dir.resolve("ok.png"), 200, 300);
        Path bad = Files.writeString(dir.resolve("bad.tif"), "not an image");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.importFiles(CASE, DocumentType.KHAC,
                        List.of(good, bad), p -> { }, p -> { }, Cancellation.none()))
                .isInstanceOf(vn.sohoa.i18n.SohoaException.class);

        assertThat(ws.catalog().allPages()).singleElement()
                .satisfies(p -> assertThat(p.master().sha256()).isEqualTo(Sha256.hash(Files.readAllBytes(good))));
        assertThat(ws.verifyCustody().intact()).isTrue();
    }
}
