package vn.sohoa.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.sohoa.i18n.SohoaException;

/**
 * PNG, JPEG and TIFF (single or multi-page, any compression the JDK reads, CCITT G4 included).
 * A single-image file is its own master, byte for byte; each page of a multi-page TIFF becomes a
 * master of its own. Every page is fully decoded first, so a damaged file is refused, not stored.
 */
final class ImageFileSource implements PageSource {

    private final Path file;
    private final FileFormat format;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pages;

    private ImageFileSource(Path file, FileFormat format, ImageInputStream input, ImageReader reader, int pages) {
        this.file = file;
        this.format = format;
        this.input = input;
        this.reader = reader;
        this.pages = pages;
    }

    static ImageFileSource open(Path file, FileFormat format) {
        ImageInputStream input = null;
        ImageReader reader = null;
        try {
            input = ImageIO.createImageInputStream(file.toFile());
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
            reader = readers.next();
            reader.setInput(input, false, false);
            int pages = reader.getNumImages(true);
            if (pages <= 0) {
                throw SohoaException.badInput("import.noPages", file.toString());
            }
            for (int i = 0; i < pages; i++) {
                ImageLimits.check(file.toString(), i + 1, reader.getWidth(i), reader.getHeight(i));
            }
            return new ImageFileSource(file, format, input, reader, pages);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader, input);
            if (e instanceof SohoaException known) {
                throw known;
            }
            throw new SohoaException(SohoaException.Reason.BAD_INPUT,
                    vn.sohoa.i18n.Message.of("import.damaged", file.toString()), e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public FileFormat format() {
        return format;
    }

    @Override
    public int pageCount() {
        return pages;
    }

    @Override
    public EncodedPage page(int index) {
        try {
            java.util.List<String> warnings = new java.util.ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(index);
            } finally {
                reader.removeAllIIOReadWarningListeners();
            }
            if (!warnings.isEmpty()) {
                // The JPEG reader reports a truncated file as a warning and returns a grey-filled image.
                throw new IOException(String.join("; ", warnings));
            }
            int dpi = Resolution.dpiOf(reader.getImageMetadata(index));
            if (pages == 1) {
                return new EncodedPage(Files.readAllBytes(file), format.mediaType(), image.getWidth(), image.getHeight(), dpi);
            }
            return MasterEncoder.encode(image, dpi);
        } catch (IOException | RuntimeException e) {
            if (ImageLimits.outOfMemory(e)) {
                throw (OutOfMemoryError) new OutOfMemoryError("decoding page " + (index + 1) + " of " + file).initCause(e);
            }
            throw new SohoaException(SohoaException.Reason.BAD_INPUT,
                    vn.sohoa.i18n.Message.of("import.damagedPage", file.toString(), index + 1), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(reader, input);
    }

    private static void closeQuietly(ImageReader reader, ImageInputStream input) {
        if (reader != null) {
            reader.dispose();
        }
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
