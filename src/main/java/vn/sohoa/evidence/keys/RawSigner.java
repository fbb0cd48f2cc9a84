package vn.sohoa.evidence.keys;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Signs bytes with a {@link SigningKey}: in software for a PKCS#12 key, on the token for a PKCS#11
 * key. RSASSA-PSS uses SHA-256, MGF1 with SHA-256, a 32-byte salt and trailer field 1.
 */
public final class RawSigner {

    public static final PSSParameterSpec PSS_SHA256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private RawSigner() {
    }

    public static byte[] sign(SigningKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = instance(key);
        signature.initSign(key.privateKey());
        if (key.scheme() == SignatureScheme.RSA_PSS_SHA256) {
            signature.setParameter(PSS_SHA256);
        }
        signature.update(data);
        return signature.sign();
    }

    private static Signature instance(SigningKey key) throws NoSuchAlgorithmException {
        String[] names = key.scheme() == SignatureScheme.RSA_PSS_SHA256
                ? new String[] {"RSASSA-PSS", "SHA256withRSASSA-PSS"}
                : new String[] {"SHA256withECDSA"};
        NoSuchAlgorithmException last = null;
        for (String name : names) {
            try {
                return key.provider().isPresent() ? Signature.getInstance(name, key.provider().get()) : Signature.getInstance(name);
            } catch (NoSuchAlgorithmException e) {
                last = e;
            }
        }
        throw last;
    }

    /** A Bouncy Castle {@link ContentSigner} over this key, for CMS (CAdES, timestamps). */
    public static ContentSigner contentSigner(SigningKey key) {
        AlgorithmIdentifier algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(key.scheme().jcaName());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public byte[] getSignature() {
                try {
                    return sign(key, buffer.toByteArray());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the key refused to sign: " + e.getMessage(), e);
                }
            }
        };
    }
}
