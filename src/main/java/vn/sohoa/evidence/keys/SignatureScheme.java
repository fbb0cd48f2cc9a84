package vn.sohoa.evidence.keys;

import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;

import vn.sohoa.i18n.SohoaException;

/**
 * The signature algorithms Thông tư 15/2025/TT-BKHCN allows and SoHoa writes: RSASSA-PSS with
 * SHA-256 (MGF1-SHA-256, 32-byte salt) for RSA keys of 2048 bits or more, ECDSA with SHA-256 for EC keys.
 */
public enum SignatureScheme {
    RSA_PSS_SHA256("SHA256withRSAandMGF1", "RSASSA-PSS"),
    ECDSA_SHA256("SHA256withECDSA", "ECDSA");

    private final String jcaName;
    private final String itextName;

    SignatureScheme(String jcaName, String itextName) {
        this.jcaName = jcaName;
        this.itextName = itextName;
    }

    /** The name Bouncy Castle's content-signer builder takes. */
    public String jcaName() {
        return jcaName;
    }

    /** The signature algorithm name iText's PrivateKeySignature takes. */
    public String itextName() {
        return itextName;
    }

    public static SignatureScheme forKey(PublicKey key) {
        if (key instanceof RSAKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw SohoaException.badInput("key.weak", "RSA", rsa.getModulus().bitLength(), 2048);
            }
            return RSA_PSS_SHA256;
        }
        if (key instanceof ECKey ec) {
            if (ec.getParams().getOrder().bitLength() < 256) {
                throw SohoaException.badInput("key.weak", "EC", ec.getParams().getOrder().bitLength(), 256);
            }
            return ECDSA_SHA256;
        }
        throw SohoaException.badInput("key.algorithm", key.getAlgorithm());
    }
}
