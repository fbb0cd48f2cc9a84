package vn.sohoa.evidence.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import vn.sohoa.evidence.keys.SigningKey;

/**
 * An RFC 3161 time-stamping authority over HTTP on 127.0.0.1, built on Bouncy Castle's tsp: for
 * tests and the demo, never for production evidence (its clock is the workstation's).
 */
public final class LoopbackTsa implements AutoCloseable {

    /** The policy OID the demo TSA writes into its tokens (an arc under SoHoa's demo namespace). */
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.61234.1.1");

    private final HttpServer server;
    private final ExecutorService executor;
    private final TimeStampResponseGenerator generator;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong served = new AtomicLong();

    private LoopbackTsa(HttpServer server, ExecutorService executor, TimeStampResponseGenerator generator) {
        this.server = server;
        this.executor = executor;
        this.generator = generator;
    }

    /** Starts on {@code port} (0: any free port) with the TSA's key and certificate chain. */
    public static LoopbackTsa start(SigningKey key, int port) throws IOException {
        TimeStampResponseGenerator generator;
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            X509Certificate cert = key.certificate();
            String algorithm = key.isEc() ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder signer = new JcaContentSignerBuilder(algorithm);
            key.provider().ifPresent(signer::setProvider);
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(signer.build(key.privateKey()), cert),
                    digests.get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            tokens.addCertificates(new JcaCertStore(key.chain()));
            generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (Exception e) {
            throw new IOException("cannot set up the time-stamping authority", e);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sohoa-tsa");
            t.setDaemon(true);
            return t;
        });
        LoopbackTsa tsa = new LoopbackTsa(server, executor, generator);
        server.createContext("/tsa", tsa::handle);
        server.setExecutor(executor);
        server.start();
        return tsa;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** How many tokens it has issued. */
    public long served() {
        return served.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(64 * 1024);
            }
            byte[] answer;
            try {
                TimeStampRequest request = new TimeStampRequest(body);
                TimeStampResponse response = generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
                answer = response.getEncoded();
                served.incrementAndGet();
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
