import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws SoHoa's icon (a page with a red court seal on a dark blue tile) and writes it in the three
 * forms jpackage wants: sohoa.png (Linux), sohoa.ico (Windows), sohoa.icns (macOS).
 * Usage: java installer/icons/MakeIcons.java OUT_DIR. Drawn in code so no binary sits in git.
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        Files.write(out.resolve("sohoa.png"), png(draw(256)));
        Files.write(out.resolve("sohoa.ico"), ico(Map.of(16, png(draw(16)), 32, png(draw(32)), 48, png(draw(48)),
                256, png(draw(256)))));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        Files.write(out.resolve("sohoa.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        Path2D page = new Path2D.Double();
        page.moveTo(64, 36);
        page.lineTo(164, 36);
        page.lineTo(200, 72);
        page.lineTo(200, 220);
        page.lineTo(64, 220);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 84; y <= 132; y += 24) {
            g.drawLine(84, y, 180, y);
        }
        g.setColor(new Color(0xC6, 0x28, 0x28));
        g.fill(new Ellipse2D.Double(120, 140, 76, 76));
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("SH", 130, 193);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file whose images are PNG streams (Windows Vista and later read them). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        Map<Integer, byte[]> sorted = new java.util.TreeMap<>(pngs);
        int total = 6 + 16 * sorted.size() + sorted.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) sorted.size());
        int offset = 6 + 16 * sorted.size();
        for (Map.Entry<Integer, byte[]> e : sorted.entrySet()) {
            int side = e.getKey() >= 256 ? 0 : e.getKey();
            buf.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        sorted.values().forEach(buf::put);
        return buf.array();
    }

    /** An ICNS file whose entries are PNG streams (ic07 128 px, ic08 256 px, ic09 512 px). */
    static byte[] icns(Map<String, byte[]> entries) throws IOException {
        int total = 8 + entries.values().stream().mapToInt(b -> 8 + b.length).sum();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(total);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        return bytes.toByteArray();
    }
}
