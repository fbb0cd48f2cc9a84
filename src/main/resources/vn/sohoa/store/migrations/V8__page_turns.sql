-- A clerk's manual quarter turn of a page (clockwise, relative to its master, which is never
-- changed): the clean stage turns the page by it before straightening, so the cleaned image, the
-- thumbnail, the OCR words and the PDF/A page follow. Each turn is a page.turned custody event.
CREATE TABLE page_turn (
    page_id   INTEGER PRIMARY KEY REFERENCES page(id) ON DELETE CASCADE,
    clockwise INTEGER NOT NULL CHECK (clockwise IN (0, 90, 180, 270)),
    turned_by TEXT NOT NULL,
    turned_at TEXT NOT NULL
);
