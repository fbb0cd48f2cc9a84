-- Full-text index over the OCR text of pages (issue 3). The indexed column holds the text folded for
-- search (no diacritics, đ → d, lower case; see vn.sohoa.store.TextFolding), the other the text as read,
-- character for character aligned with it, for the snippets shown to the user.
CREATE VIRTUAL TABLE page_text USING fts5(
    folded,
    original UNINDEXED,
    page_id UNINDEXED,
    tokenize = 'unicode61'
);
