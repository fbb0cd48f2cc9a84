package vn.sohoa.evidence.keys;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.List;
import java.util.Optional;

/**
 * A private key ready to sign, with its certificate chain (signer first) and, for a token, the
 * provider that holds it. The private key may never leave the token: only its provider signs.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Optional<Provider> provider) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The signature scheme SoHoa uses for this key (Thông tư 15/2025/TT-BKHCN: RSASSA-PSS for RSA, else ECDSA). */
    public SignatureScheme scheme() {
        return SignatureScheme.forKey(certificate().getPublicKey());
    }

    public boolean isRsa() {
        return certificate().getPublicKey() instanceof RSAKey;
    }

    public boolean isEc() {
        return certificate().getPublicKey() instanceof ECKey;
    }
}
