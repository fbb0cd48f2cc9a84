package vn.sohoa.app.desktop.model;

/** One page to read: the document (entry name) it is in, its number from 1, and its text. */
public record BundlePage(String document, int number, String text) {
}
