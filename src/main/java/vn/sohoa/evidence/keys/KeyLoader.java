package vn.sohoa.evidence.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import vn.sohoa.i18n.SohoaException;

/** Opens the signing key a {@link KeySpec} names, with its password or PIN. */
public final class KeyLoader {

    private KeyLoader() {
    }

    public static SigningKey load(KeySpec spec, char[] secret) {
        return switch (spec) {
            case KeySpec.P12 p12 -> loadP12(p12, secret);
            case KeySpec.Pkcs11 token -> loadToken(token, secret);
        };
    }

    private static SigningKey loadP12(KeySpec.P12 spec, char[] password) {
        if (!Files.isRegularFile(spec.file())) {
            throw SohoaException.badInput("key.missing", spec.file().toString());
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(spec.file())) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw SohoaException.badInput("key.password", spec.file().toString());
            }
            throw SohoaException.badInput("key.unreadable", spec.file().toString());
        } catch (GeneralSecurityException e) {
            throw SohoaException.badInput("key.unreadable", spec.file().toString());
        }
        return firstKey(store, password, Optional.empty(), spec.file().toString());
    }

    private static SigningKey loadToken(KeySpec.Pkcs11 spec, char[] pin) {
        Provider provider = Pkcs11Token.provider(spec);
        KeyStore store;
        try {
            // Log out first: the PIN is checked on every use, not only on the first of the process.
            if (provider instanceof java.security.AuthProvider auth) {
                try {
                    auth.logout();
                } catch (javax.security.auth.login.LoginException notLoggedIn) {
                    // nothing to log out of
                }
            }
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException | GeneralSecurityException e) {
            throw SohoaException.badInput("key.pin", spec.library().toString());
        }
        return firstKey(store, null, Optional.of(provider), spec.library().toString());
    }

    /** The first entry holding a private key and its certificate; tokens list only keys with a certificate of the same id. */
    private static SigningKey firstKey(KeyStore store, char[] password, Optional<Provider> provider, String where) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate c : chain) {
                        certificates.add((X509Certificate) c);
                    }
                    SigningKey signingKey = new SigningKey(privateKey, certificates, provider);
                    signingKey.scheme();
                    return signingKey;
                }
            }
        } catch (GeneralSecurityException e) {
            throw SohoaException.badInput("key.unreadable", where);
        }
        throw SohoaException.badInput("key.none", where);
    }
}
