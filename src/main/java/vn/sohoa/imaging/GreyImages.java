package vn.sohoa.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;


/** Decoding masters into 8-bit grey images, and the grey level that separates ink from paper. */
public final class GreyImages {

    private GreyImages() {
    }

    /** Decodes a stored master (PNG, JPEG or TIFF) into an 8-bit grey image. */
    public static BufferedImage decode(byte[] encoded) {
        try {
            BufferedImage image = ImageBytes.read(encoded);
            if (image == null) {
                throw new IOException("not an image");
            }
            return toGrey(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the page image: " + e.getMessage(), e);
        }
    }

    public static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }

    /** Otsu's threshold over a sample of the image: grey levels below it are ink. */
    public static int darkThreshold(BufferedImage grey) {
        int[] histogram = histogram(grey);
        long total = 0;
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            total += histogram[i];
            sum += (long) i * histogram[i];
        }
        long weightB = 0;
        long sumB = 0;
        double bestVar = -1;
        int best = 128;
        for (int t = 0; t < 256; t++) {
            weightB += histogram[t];
            if (weightB == 0) {
                continue;
            }
            long weightF = total - weightB;
            if (weightF == 0) {
                break;
            }
            sumB += (long) t * histogram[t];
            double meanB = (double) sumB / weightB;
            double meanF = (double) (sum - sumB) / weightF;
            double between = (double) weightB * weightF * (meanB - meanF) * (meanB - meanF);
            if (between > bestVar) {
                bestVar = between;
                best = t + 1;
            }
        }
        return Math.min(best, 200);
    }

    static int[] histogram(BufferedImage grey) {
        GreyRaster g = GreyRaster.of(grey);
        int w = g.width();
        int h = g.height();
        int step = Math.max(1, Math.max(w, h) / 1000);
        int[] histogram = new int[256];
        byte[] data = g.data();
        for (int y = 0; y < h; y += step) {
            int start = g.row(y);
            for (int x = 0; x < w; x += step) {
                histogram[data[start + x] & 0xFF]++;
            }
        }
        return histogram;
    }
}
