package vn.sohoa.pdf;

import vn.sohoa.ocr.PageText;

/** One page for the searchable PDF: its picture, its resolution, and the words read on it. */
public record PdfPage(PageImage image, int dpi, PageText text) {

    public PdfPage {
        if (dpi <= 0) {
            throw new IllegalArgumentException("a page has a resolution");
        }
    }

    public float widthPt() {
        return image.width() * 72f / dpi;
    }

    public float heightPt() {
        return image.height() * 72f / dpi;
    }
}
