package vn.sohoa.scanner;

import java.awt.image.BufferedImage;

/** One image as it leaves the scanner, numbered from 1 in the order the device delivered it. */
public record ScannedPage(BufferedImage image, int dpi, Source source, Side side, int sequence) {
}
