package vn.sohoa.capture;

import java.nio.file.Path;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;

/** What importing one file did: its document, how many pages it has and how many were new. */
public record ImportResult(Path file, Sha256 source, Document document, int pages, int added) {
}
