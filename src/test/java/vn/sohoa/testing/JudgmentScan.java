package vn.sohoa.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A scanned criminal judgment with invented personal data, as a court would publish it: two grey
 * A4 pages at 300 dpi, text printed in a font with every Vietnamese letter. The scan's PDF also
 * names the defendant in its title, an outline entry and a sticky note, as files from elsewhere do.
 */
public final class JudgmentScan {

    public static final String DEFENDANT = "Trần Văn Khải";
    public static final String VICTIM = "Lê Thị Hồng Nhung";
    public static final String CCCD = "094085001234";
    public static final String PHONE = "0912345678";
    public static final String JUDGE = "Nguyễn Hoàng Lộc";

    /** Original strings that must not survive in a published copy. */
    public static final List<String> ORIGINALS = List.of(DEFENDANT, VICTIM, CCCD, PHONE, "05/03/1985", "Phú Hòa", "An Hiệp",
            "83-P1 123.45");

    public static final List<List<String>> PAGES = List.of(
            List.of("TÒA ÁN NHÂN DÂN HUYỆN LONG PHÚ",
                    "Bản án số: 92/2023/HS-ST",
                    "Ngày 15 - 1 - 2023",
                    "Thẩm phán - Chủ tọa phiên tòa: Ông " + JUDGE + ".",
                    "Xét xử sơ thẩm vụ án hình sự thụ lý số 104/2023/TLST-HS",
                    "đối với bị cáo: " + DEFENDANT + ", sinh ngày 05/03/1985;",
                    "nơi cư trú: ấp Phú Hòa, xã An Hiệp, huyện Châu Thành,",
                    "tỉnh Sóc Trăng; Căn cước công dân số " + CCCD + ";",
                    "số điện thoại " + PHONE + ".",
                    "Bị hại: bà " + VICTIM + ", sinh năm 1990."),
            List.of("NỘI DUNG VỤ ÁN",
                    "Khoảng 20 giờ ngày 3 tháng 5 năm 2022, bị cáo Khải điều khiển",
                    "xe mô tô biển số 83-P1 123.45 đến nhà bà Nhung và lấy",
                    "tài sản trị giá 12.000.000 đồng.",
                    "Hành vi của bị cáo " + DEFENDANT + " phạm tội Trộm cắp tài sản",
                    "theo khoản 1 Điều 173 Bộ luật Hình sự."));

    private JudgmentScan() {
    }

    public static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font().deriveFont(50f));
        int y = 300;
        for (String line : lines) {
            g.drawString(line, 250, y);
            y += 95;
        }
        g.dispose();
        return image;
    }

    /** The scan as a PDF; {@code lines} page by page. */
    public static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = PDRectangle.A4;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, page(lines));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, a4.getWidth(), a4.getHeight());
                }
                PDAnnotationText note = new PDAnnotationText();
                note.setContents("Ghi chú: bị cáo " + DEFENDANT + ", ĐT " + PHONE);
                note.setRectangle(new PDRectangle(50, 50, 20, 20));
                page.getAnnotations().add(note);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Bản án " + DEFENDANT);
            info.setSubject(CCCD);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Bị cáo " + DEFENDANT);
            item.setDestination(doc.getPage(0));
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.save(file.toFile());
        }
        return file;
    }

    private static Font font() {
        try (InputStream in = JudgmentScan.class.getResourceAsStream("/vn/sohoa/pdf/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
