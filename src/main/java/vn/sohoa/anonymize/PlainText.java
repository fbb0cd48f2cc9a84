package vn.sohoa.anonymize;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.sohoa.i18n.SohoaException;

/**
 * Reads a plain-text document for PII detection: UTF-8 only, decoded strictly (a wrong encoding is
 * refused rather than guessed, since offsets must match what the user has). A byte-order mark is
 * kept as a character so that offsets stay those of the file's text.
 */
public final class PlainText {

    /** Larger inputs are not plain text documents; 64 MiB is hundreds of judgments. */
    static final long MAX_BYTES = 64L << 20;

    private PlainText() {
    }

    public static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw SohoaException.badInput("pii.input.notAFile", file);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw SohoaException.badInput("pii.input.tooLarge", file, MAX_BYTES >> 20);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SohoaException.badInput("pii.input.missing", file);
        } catch (IOException e) {
            throw SohoaException.badInput("pii.input.unreadable", file, e.getClass().getSimpleName());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw SohoaException.badInput("pii.input.binary", file);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw SohoaException.badInput("pii.input.notUtf8", file);
        }
    }
}
