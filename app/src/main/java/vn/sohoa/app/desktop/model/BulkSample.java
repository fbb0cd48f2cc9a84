package vn.sohoa.app.desktop.model;

/** One point of the bulk mode's chart: minutes since the run started, the pages/hour rate, the files still to do. */
public record BulkSample(double minutes, double pagesPerHour, int backlog) {
}
