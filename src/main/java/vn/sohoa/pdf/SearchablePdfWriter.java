package vn.sohoa.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a searchable PDF/A-2b: each page is its picture (a captured JPEG as it is; bitonal pixels
 * as CCITT G4; grey or colour pixels as JPEG, or losslessly with Flate when the background is
 * clean paper, where lossless is also smaller) with an invisible, word-placed text layer
 * in an embedded font that has every Vietnamese letter (DejaVu Sans, subset), an sRGB output
 * intent, and XMP metadata. Pages are taken one at a time and the document's streams are kept in a
 * temporary file, so memory stays flat however long the document is.
 */
public final class SearchablePdfWriter {

    /**
     * JPEG quality for grey and colour scans: 0.5, about what Ghostscript's default gives (so the
     * output is no larger than OCRmyPDF's), and still crisp for text at 300 dpi.
     */
    public static final float JPEG_QUALITY = 0.5f;

    public static final String PRODUCER = "SoHoa with Apache PDFBox";

    private static final String FONT = "DejaVuSans.ttf";

    private final String creatorTool;

    public SearchablePdfWriter(String creatorTool) {
        this.creatorTool = creatorTool;
    }

    /** Writes the pages, in order, as one PDF/A-2b document to {@code out}. */
    public void write(Iterator<PdfPage> pages, DocumentMetadata meta, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font font;
            try (InputStream ttf = SearchablePdfWriter.class.getResourceAsStream(FONT)) {
                if (ttf == null) {
                    throw new IOException("the font " + FONT + " is missing from the build");
                }
                font = PDType0Font.load(doc, ttf, true);
            }
            TextLayer textLayer = new TextLayer(font);
            ConversionStamp stamp = meta.conversion().map(c -> new ConversionStamp(font, c)).orElse(null);
            int number = 0;
            while (pages.hasNext()) {
                PdfPage page = pages.next();
                number++;
                PDPage pdPage = new PDPage(new PDRectangle(page.widthPt(), page.heightPt()));
                doc.addPage(pdPage);
                PDImageXObject image = image(doc, page.image());
                try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                    content.drawImage(image, 0, 0, page.widthPt(), page.heightPt());
                    textLayer.draw(content, page.text(), page.dpi(), page.heightPt());
                    if (stamp != null) {
                        stamp.draw(content, page.widthPt(), number);
                    }
                }
            }
            if (number == 0) {
                throw new IllegalArgumentException("a document has at least one page");
            }
            identify(doc, meta);
            doc.save(out);
        }
    }

    static PDImageXObject image(PDDocument doc, PageImage image) throws IOException {
        return switch (image) {
            case PageImage.Prepared prepared -> prepared.image().into(doc);
            case PageImage.Jpeg jpeg -> JPEGFactory.createFromByteArray(doc, jpeg.bytes());
            case PageImage.Png png -> PngStream.into(doc, png);
            case PageImage.Pixels pixels when pixels.bitonal() -> CCITTFactory.createFromImage(doc, pixels.image());
            case PageImage.Pixels pixels when CleanBackground.isClean(pixels.image()) -> GreyFlateImage.applies(pixels.image())
                    ? GreyFlateImage.of(doc, pixels.image()) : LosslessFactory.createFromImage(doc, pixels.image());
            case PageImage.Pixels pixels -> JPEGFactory.createFromImage(doc, pixels.image(), JPEG_QUALITY);
        };
    }

    private void identify(PDDocument doc, DocumentMetadata meta) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(meta, PRODUCER, creatorTool));
        catalog.setMetadata(metadata);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(meta.title());
        info.setProducer(PRODUCER);
        info.setCreator(creatorTool);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(meta.created().getEpochSecond() * 1000);
        info.setCreationDate(created);
        info.setModificationDate(created);
        meta.conversion().ifPresent(c -> info.setAuthor(c.converter()));

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.getCOSObject().setName(COSName.LANG, "vi");
    }

    private static byte[] srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
