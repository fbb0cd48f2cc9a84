package vn.sohoa.app.desktop.model;

/** A page whose text holds every word searched for, with the words around the first one. */
public record SearchMatch(BundlePage page, String snippet) {
}
