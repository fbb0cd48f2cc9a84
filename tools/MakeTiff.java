import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes an N-page grey LZW TIFF for the launcher check: java tools/MakeTiff.java OUT.tif N */
public class MakeTiff {
    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[1]);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            writer.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                BufferedImage page = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = page.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 827, 1169);
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
                g.drawString("Trang " + i + " / " + pages, 100, 150);
                g.dispose();
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        }
    }
}
