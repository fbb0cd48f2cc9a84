package vn.sohoa.app.desktop.model;

import vn.sohoa.ocr.Box;

/** A rectangle on one page of a document: the page (0-based) and the box in the page image's pixels (the cleaned page OCR read). */
public record PageBox(int page, Box box) {

    public int left() {
        return box.left();
    }

    public int top() {
        return box.top();
    }

    public int width() {
        return box.width();
    }

    public int height() {
        return box.height();
    }
}
