package vn.sohoa.evidence.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.sohoa.evidence.keys.Pem;
import vn.sohoa.i18n.SohoaException;

/**
 * The certificates a verifier trusts: every PEM or DER certificate in a trust directory. Self-signed
 * ones are anchors; the others are intermediates that help build chains.
 */
public record TrustAnchors(List<X509Certificate> roots, List<X509Certificate> intermediates) {

    public TrustAnchors {
        roots = List.copyOf(roots);
        intermediates = List.copyOf(intermediates);
    }

    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    public static TrustAnchors load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw SohoaException.badInput("trust.missing", directory.toString());
        }
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (X509Certificate c : Pem.read(file)) {
                    if (c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                        roots.add(c);
                    } else {
                        intermediates.add(c);
                    }
                }
            }
        } catch (IOException e) {
            throw SohoaException.badInput("trust.unreadable", directory.toString());
        }
        if (roots.isEmpty()) {
            throw SohoaException.badInput("trust.empty", directory.toString());
        }
        return new TrustAnchors(roots, intermediates);
    }
}
