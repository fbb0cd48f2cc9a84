package vn.sohoa.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.approval.ApprovalPolicy;
import vn.sohoa.evidence.approval.FourEyes;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.revocation.SignerCheck;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.evidence.trust.ChainCheck;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * Signs a document of the catalog, in this order: four eyes (a type the policy names needs someone
 * else's approval of exactly this PDF/A), the signer's certificate status when the network allows
 * (Nghị định 23/2025/NĐ-CP: revoked is refused, unreachable is noted), the PAdES signature, and the
 * signed PDF kept in the store with a custody event that says who signed and what was checked.
 */
final class DocumentSigning {

    /** How to sign: a time-stamping authority (B-T) and whether to go on to B-LT/B-LTA. */
    record Options(Optional<TsaClient> tsa, boolean longTerm, PadesSigner.Details details) {
    }

    private final Catalog catalog;
    private final BlobStore blobs;
    private final String operator;

    DocumentSigning(Catalog catalog, BlobStore blobs, String operator) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.operator = operator;
    }

    DocumentSignature sign(CaseNumber number, Document document, Sha256 pdfA, ApprovalPolicy policy, Path out,
                           SigningKey key, Options options) {
        if (options.longTerm() && options.tsa().isEmpty()) {
            throw SohoaException.badInput("sign.needTsa");
        }
        String signer = ChainCheck.commonName(key.certificate());
        FourEyes.requireApproval(policy, document, number.toString(), pdfA, catalog.approvals().of(document.id()), signer);
        SignerCheck status = new RevocationSources().beforeSigning(key.chain());
        Path unsigned = null;
        try {
            unsigned = Files.createTempFile(blobs.tmpDirectory(), "sign-", ".pdf");
            try (InputStream in = blobs.open(pdfA)) {
                Files.copy(in, unsigned, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String level;
            if (options.longTerm()) {
                PadesSigner.signLongTerm(unsigned, out, key, options.tsa().get(), new RevocationSources(), options.details());
                level = "B-LTA";
            } else {
                PadesSigner.sign(unsigned, out, key, options.tsa(), options.details());
                level = options.tsa().isPresent() ? "B-T" : "B-B";
            }
            SignedDocuments.record(catalog, blobs, document, out, operator, detail(document, signer, level, status));
            return new DocumentSignature(document, out, level, status);
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED,
                    Message.of("sign.write", out.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            if (unsigned != null) {
                try {
                    Files.deleteIfExists(unsigned);
                } catch (IOException ignored) {
                    // the blob store's tmp folder is emptied when the store opens
                }
            }
        }
    }

    private static String detail(Document document, String signer, String level, SignerCheck status) {
        String checked = switch (status) {
            case SignerCheck.Confirmed c -> "signer status confirmed by " + c.sources();
            case SignerCheck.NotChecked n -> "signer status not checked: " + n.why().render(Locale.ENGLISH);
        };
        return "document " + document.ordinal() + " signed (PAdES " + level + ") by " + signer + "; " + checked;
    }
}
