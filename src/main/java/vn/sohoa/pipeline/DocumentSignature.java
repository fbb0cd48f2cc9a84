package vn.sohoa.pipeline;

import java.nio.file.Path;

import vn.sohoa.casefile.Document;
import vn.sohoa.evidence.revocation.SignerCheck;

/** A catalog document signed: where the signed PDF went, its level, and what the signer's status check found. */
public record DocumentSignature(Document document, Path signedPdf, String level, SignerCheck signerStatus) {
}
