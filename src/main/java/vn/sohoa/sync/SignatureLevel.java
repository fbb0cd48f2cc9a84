package vn.sohoa.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Whether a signed PDF still waits for a time-stamp: PAdES B-B, signed offline, with no signature or document time-stamp. */
final class SignatureLevel {

    private SignatureLevel() {
    }

    static boolean waitsForTimestamp(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                if ("ETSI.RFC3161".equals(s.getSubFilter())) {
                    return false;
                }
                byte[] contents = s.getContents();
                if (contents != null && hasSignatureTimestamp(contents)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean hasSignatureTimestamp(byte[] cms) {
        try {
            for (SignerInformation signer : new CMSSignedData(cms).getSignerInfos().getSigners()) {
                if (signer.getUnsignedAttributes() != null
                        && signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
