package vn.sohoa.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small grey previews of pages for the scanning station's strip and the viewer's page list. */
public final class Thumbnails {

    public static final int LONG_SIDE = 256;

    private Thumbnails() {
    }

    /** A PNG whose longer side is {@link #LONG_SIDE} pixels, from any master SoHoa stores. */
    public static byte[] fromMaster(byte[] master) {
        return fromMaster(master, 0);
    }

    /** The same, turned clockwise by a quarter turn (0, 90, 180 or 270) after shrinking. */
    public static byte[] fromMaster(byte[] master, int clockwiseDegrees) {
        try {
            BufferedImage image = ImageBytes.read(master);
            if (image == null) {
                throw new IOException("not an image");
            }
            double scale = (double) LONG_SIDE / Math.max(image.getWidth(), image.getHeight());
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(Rotation.quarterTurns(small, clockwiseDegrees), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a thumbnail: " + e.getMessage(), e);
        }
    }
}
