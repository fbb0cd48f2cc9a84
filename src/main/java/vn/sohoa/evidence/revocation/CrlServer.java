package vn.sohoa.evidence.revocation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

import vn.sohoa.evidence.keys.SigningKey;

/**
 * Serves fresh CRLs over HTTP on 127.0.0.1 for the CAs it is given: {@code /crl/NAME.crl}, signed
 * by CA NAME, valid for a day. For tests and the demo; it revokes the serial numbers it is told to.
 */
public final class CrlServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, SigningKey> issuers;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();

    private CrlServer(HttpServer server, ExecutorService executor, Map<String, SigningKey> issuers) {
        this.server = server;
        this.executor = executor;
        this.issuers = Map.copyOf(issuers);
    }

    public static CrlServer start(int port, Map<String, SigningKey> issuers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sohoa-crl");
            t.setDaemon(true);
            return t;
        });
        CrlServer crl = new CrlServer(server, executor, issuers);
        server.createContext("/crl/", crl::handle);
        server.setExecutor(executor);
        server.start();
        return crl;
    }

    public void revoke(BigInteger serial) {
        revoked.put(serial, Instant.now());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.substring("/crl/".length()).replaceFirst("\\.crl$", "");
            SigningKey issuer = issuers.get(name);
            if (issuer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try {
                body = crl(issuer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] crl(SigningKey issuer) throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(now.minusSeconds(60)));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
        revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), 0));
        String algorithm = issuer.isEc() ? "SHA256withECDSA" : "SHA256withRSA";
        return builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder(algorithm).build(issuer.privateKey()))
                .getEncoded();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
