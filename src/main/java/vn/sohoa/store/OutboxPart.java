package vn.sohoa.store;

import vn.sohoa.casefile.Sha256;

/** A part of a multipart upload that the repository has acknowledged, kept so a restart does not send it again. */
public record OutboxPart(int partNumber, Sha256 sha256, String etag) {
}
