package vn.sohoa.evidence.asic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.i18n.Message;

/**
 * {@code custody.jsonl}: the chain of custody, one JSON object a line, oldest first. Verifying
 * recomputes each event's hash ({@link CustodyEvent#computeHash}) and its link to the one before.
 */
public final class CustodyLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CustodyLines() {
    }

    public static byte[] write(List<CustodyEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (CustodyEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.sequence());
            m.put("time", e.time().toString());
            m.put("actor", e.actor());
            m.put("action", e.action());
            m.put("object", e.object().map(Sha256::hex).orElse(null));
            m.put("detail", e.detail());
            m.put("prev", e.previousHash().hex());
            m.put("hash", e.hash().hex());
            out.write(JSON.writeValueAsBytes(m));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Walks the chain; {@code head} is the last event's sequence and hash that metadata.json records. */
    public static ValidationReport.CustodyCheck verify(byte[] jsonl, long headSequence, String headHash) {
        String text = new String(jsonl, StandardCharsets.UTF_8);
        Sha256 previous = CustodyEvent.GENESIS;
        long expected = 1;
        if (!text.isEmpty() && !text.endsWith("\n")) {
            return broken("custody.edited", 0);
        }
        for (String line : text.isEmpty() ? new String[0] : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            CustodyEvent e;
            try {
                JsonNode n = JSON.readTree(line);
                e = new CustodyEvent(n.get("seq").asLong(), Instant.parse(n.get("time").asText()), n.get("actor").asText(),
                        n.get("action").asText(),
                        n.get("object").isNull() ? Optional.empty() : Optional.of(new Sha256(n.get("object").asText())),
                        n.get("detail").asText(), new Sha256(n.get("prev").asText()), new Sha256(n.get("hash").asText()));
            } catch (Exception bad) {
                return broken("custody.unreadable", expected);
            }
            if (e.sequence() != expected) {
                return broken("custody.missing", expected);
            }
            if (!e.previousHash().equals(previous)) {
                return broken("custody.relinked", e.sequence());
            }
            if (!e.hashMatches()) {
                return broken("custody.edited", e.sequence());
            }
            previous = e.hash();
            expected++;
        }
        long last = expected - 1;
        if (last != headSequence || !previous.hex().equals(headHash)) {
            return broken("custody.truncated", last);
        }
        return new ValidationReport.CustodyCheck(true, last, Optional.empty());
    }

    private static ValidationReport.CustodyCheck broken(String key, long at) {
        return new ValidationReport.CustodyCheck(false, 0, Optional.of(Message.of(key, at)));
    }
}
