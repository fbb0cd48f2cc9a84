package vn.sohoa.evidence.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;

/** Asks an RFC 3161 time-stamping authority for a token over a SHA-256 imprint. */
public final class TsaClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI url;
    private final HttpClient http;

    public TsaClient(String url) {
        try {
            this.url = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw SohoaException.badInput("tsa.url", url);
        }
        if (!"http".equals(this.url.getScheme()) && !"https".equals(this.url.getScheme())) {
            throw SohoaException.badInput("tsa.url", url);
        }
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String url() {
        return url.toString();
    }

    /** A token over {@code data}'s SHA-256. */
    public TimeStampToken stamp(byte[] data) {
        return stampDigest(Sha256.digester().digest(data));
    }

    /** A token over an imprint already computed with SHA-256. */
    public TimeStampToken stampDigest(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        // A nonce of fixed DER length keeps the token's size steady between requests.
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(62, RANDOM).setBit(62));
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new SohoaException(SohoaException.Reason.FAILED,
                        vn.sohoa.i18n.Message.of("tsa.refused", url.toString(), response.statusCode()));
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            TimeStampToken token = answer.getTimeStampToken();
            if (token == null) {
                throw new SohoaException(SohoaException.Reason.FAILED,
                        vn.sohoa.i18n.Message.of("tsa.refused", url.toString(), answer.getStatus()));
            }
            return token;
        } catch (IOException | TSPException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, vn.sohoa.i18n.Message.of("tsa.unreachable", url.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SohoaException(SohoaException.Reason.FAILED, vn.sohoa.i18n.Message.of("tsa.unreachable", url.toString()), e);
        }
    }

    /** SHA-256, the digest of every imprint SoHoa asks for. */
    public static MessageDigest digest() {
        return Sha256.digester();
    }
}
