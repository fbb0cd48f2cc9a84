package vn.sohoa.evidence.pades;

import java.security.GeneralSecurityException;

import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.RSASSAPSSMechanismParams;

import vn.sohoa.evidence.keys.RawSigner;
import vn.sohoa.evidence.keys.SignatureScheme;
import vn.sohoa.evidence.keys.SigningKey;

/** iText's view of a SoHoa signing key: SHA-256 with RSASSA-PSS or ECDSA, signed by {@link RawSigner}. */
final class KeySignature implements IExternalSignature {

    private final SigningKey key;

    KeySignature(SigningKey key) {
        this.key = key;
    }

    @Override
    public String getDigestAlgorithmName() {
        return "SHA256";
    }

    @Override
    public String getSignatureAlgorithmName() {
        return key.scheme().itextName();
    }

    @Override
    public ISignatureMechanismParams getSignatureMechanismParameters() {
        return key.scheme() == SignatureScheme.RSA_PSS_SHA256 ? RSASSAPSSMechanismParams.createForDigestAlgorithm("SHA256") : null;
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        byte[] signature = RawSigner.sign(key, message);
        // An ECDSA signature's DER length varies with r and s; signing until both take their full
        // length gives the CMS a steady size, so it can fill /Contents exactly.
        for (int i = 0; key.isEc() && signature.length < FULL_P256_SIGNATURE && i < 64; i++) {
            signature = RawSigner.sign(key, message);
        }
        return signature;
    }

    private static final int FULL_P256_SIGNATURE = 72;
}
