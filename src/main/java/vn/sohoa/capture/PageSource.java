package vn.sohoa.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.sohoa.i18n.SohoaException;

/**
 * A file whose pages can be captured: an image file (PNG, JPEG, TIFF with any number of pages) or a
 * PDF. Opening checks what can be checked cheaply; {@link #page(int)} decodes one page and fails
 * with a one-sentence {@link SohoaException} when the file is damaged.
 */
public sealed interface PageSource extends AutoCloseable permits ImageFileSource, PdfSource {

    Path file();

    FileFormat format();

    int pageCount();

    /** Decodes page {@code index} (from 0) as a lossless master. */
    EncodedPage page(int index);

    @Override
    void close();

    static PageSource open(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw SohoaException.badInput("import.notAFile", name);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (NoSuchFileException e) {
            throw SohoaException.badInput("import.missing", name);
        } catch (AccessDeniedException e) {
            throw SohoaException.badInput("import.unreadable", name);
        } catch (IOException e) {
            throw SohoaException.badInput("import.unreadable", name);
        }
        if (head.length == 0) {
            throw SohoaException.badInput("import.empty", name);
        }
        FileFormat format = FileFormat.detect(head)
                .orElseThrow(() -> SohoaException.badInput("import.unknownFormat", name));
        return format == FileFormat.PDF ? PdfSource.open(file) : ImageFileSource.open(file, format);
    }
}
