package vn.sohoa.ocr;

/** One recognised word: its text (NFC), where it is on the page, and Tesseract's confidence 0–100. */
public record OcrWord(String text, Box box, float confidence) {
}
