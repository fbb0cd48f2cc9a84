package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.security.MessageDigest;

import com.itextpdf.signatures.ITSAClient;

import vn.sohoa.evidence.timestamp.TsaClient;

/** iText's view of SoHoa's RFC 3161 client. */
final class TsaAdapter implements ITSAClient {

    private final TsaClient client;

    private final int sizeEstimate;

    TsaAdapter(TsaClient client, int sizeEstimate) {
        this.client = client;
        this.sizeEstimate = sizeEstimate;
    }

    @Override
    public int getTokenSizeEstimate() {
        return sizeEstimate;
    }

    @Override
    public MessageDigest getMessageDigest() {
        return TsaClient.digest();
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws IOException {
        return client.stampDigest(imprint).getEncoded();
    }
}
