package vn.sohoa.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A page's OCR result as JSON, the form it is kept in the blob store between stages. */
public final class PageTextJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageTextJson() {
    }

    public static byte[] write(PageText text) {
        try {
            return JSON.writeValueAsBytes(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PageText read(byte[] json) {
        try {
            return JSON.readValue(json, PageText.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored OCR result is damaged: " + e.getMessage(), e);
        }
    }
}
