package vn.sohoa.evidence.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.sohoa.evidence.keys.SigningKey;

/**
 * The demo PKI's revocation services over HTTP on 127.0.0.1, for tests and the demo: fresh CRLs at
 * {@code /crl/NAME.crl} (signed by CA NAME, valid a day) and an OCSP responder at {@code /ocsp}
 * (POST, or GET with the request in base64 after the slash) for the certificates one CA issued.
 * Both report the serial numbers they are told to revoke.
 */
public final class RevocationServer implements AutoCloseable {

    /** The OCSP side: the responder's delegated key and the CA whose certificates it answers for. */
    public record Ocsp(SigningKey responder, X509Certificate issuer) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, SigningKey> crlIssuers;
    private final Optional<OcspAnswers> ocsp;
    private final RevokedSerials revoked;
    private final AtomicLong ocspServed = new AtomicLong();
    private final AtomicLong crlServed = new AtomicLong();

    private RevocationServer(HttpServer server, ExecutorService executor, Map<String, SigningKey> crlIssuers,
                             Optional<OcspAnswers> ocsp, RevokedSerials revoked) {
        this.server = server;
        this.executor = executor;
        this.crlIssuers = Map.copyOf(crlIssuers);
        this.ocsp = ocsp;
        this.revoked = revoked;
    }

    /** CRLs only. */
    public static RevocationServer start(int port, Map<String, SigningKey> crlIssuers) throws IOException {
        return start(port, crlIssuers, Optional.empty());
    }

    public static RevocationServer start(int port, Map<String, SigningKey> crlIssuers, Optional<Ocsp> ocsp) throws IOException {
        RevokedSerials revoked = new RevokedSerials();
        Optional<OcspAnswers> answers;
        try {
            answers = ocsp.isEmpty() ? Optional.empty()
                    : Optional.of(new OcspAnswers(ocsp.get().responder(), ocsp.get().issuer(), revoked));
        } catch (Exception e) {
            throw new IOException("cannot set up the OCSP responder", e);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sohoa-revocation");
            t.setDaemon(true);
            return t;
        });
        RevocationServer s = new RevocationServer(server, executor, crlIssuers, answers, revoked);
        server.createContext("/crl/", s::crl);
        if (answers.isPresent()) {
            server.createContext("/ocsp", s::ocsp);
        }
        server.setExecutor(executor);
        server.start();
        return s;
    }

    /** From now on, both the CRLs and the OCSP responder report this serial number as revoked. */
    public void revoke(BigInteger serial) {
        revoked.revoke(serial, Instant.now());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many OCSP responses and CRLs it has served. */
    public long ocspServed() {
        return ocspServed.get();
    }

    public long crlServed() {
        return crlServed.get();
    }

    private void crl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/crl/".length()).replaceFirst("\\.crl$", "");
            SigningKey issuer = crlIssuers.get(name);
            if (issuer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try {
                body = CrlMaker.crl(issuer, revoked);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            crlServed.incrementAndGet();
            send(exchange, "application/pkix-crl", body);
        }
    }

    private void ocsp(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request;
            if ("POST".equals(exchange.getRequestMethod())) {
                try (InputStream in = exchange.getRequestBody()) {
                    request = in.readNBytes(16 * 1024);
                }
            } else if ("GET".equals(exchange.getRequestMethod())) {
                String path = exchange.getRequestURI().getRawPath();
                String encoded = path.length() > "/ocsp/".length() ? path.substring("/ocsp/".length()) : "";
                try {
                    request = Base64.getDecoder().decode(java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IllegalArgumentException e) {
                    request = new byte[0];
                }
            } else {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try {
                body = ocsp.orElseThrow().answer(request);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            ocspServed.incrementAndGet();
            send(exchange, "application/ocsp-response", body);
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
