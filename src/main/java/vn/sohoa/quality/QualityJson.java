package vn.sohoa.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Page measures and verdicts as JSON, the form they are kept in the blob store. */
public final class QualityJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QualityJson() {
    }

    public static byte[] write(PageMeasures m) {
        return bytes(node(m));
    }

    public static PageMeasures readMeasures(byte[] json) {
        return measures(tree(json));
    }

    /** A verdict: {@code {"flags": ["skew", …], "measures": {…}}}. */
    public static byte[] write(PageQuality q) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode flags = node.putArray("flags");
        q.flags().forEach(f -> flags.add(f.code()));
        node.set("measures", node(q.measures()));
        return bytes(node);
    }

    public static PageQuality readQuality(byte[] json) {
        JsonNode node = tree(json);
        List<QualityFlag> flags = new ArrayList<>();
        node.path("flags").forEach(f -> flags.add(QualityFlag.ofCode(f.asText())));
        return new PageQuality(flags, measures(node.path("measures")));
    }

    private static ObjectNode node(PageMeasures m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("width", m.widthPx());
        node.put("height", m.heightPx());
        node.put("residualSkew", m.residualSkewDegrees());
        node.put("dpi", m.dpi());
        m.textDpi().ifPresent(v -> node.put("textDpi", v));
        ArrayNode edges = node.putArray("cutEdges");
        m.cutEdges().forEach(e -> edges.add(e.name().toLowerCase(java.util.Locale.ROOT)));
        node.put("words", m.words());
        node.put("meanConfidence", m.meanConfidence());
        m.printedNumber().ifPresent(v -> node.put("printedNumber", v));
        node.put("blank", m.blank());
        return node;
    }

    private static PageMeasures measures(JsonNode n) {
        List<Edge> edges = new ArrayList<>();
        n.path("cutEdges").forEach(e -> edges.add(Edge.valueOf(e.asText().toUpperCase(java.util.Locale.ROOT))));
        return new PageMeasures(n.path("width").asInt(), n.path("height").asInt(), n.path("residualSkew").asDouble(),
                n.path("dpi").asInt(), optional(n, "textDpi"), edges, n.path("words").asInt(),
                n.path("meanConfidence").asDouble(), optional(n, "printedNumber"), n.path("blank").asBoolean());
    }

    private static OptionalInt optional(JsonNode n, String field) {
        return n.has(field) ? OptionalInt.of(n.get(field).asInt()) : OptionalInt.empty();
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored quality record is damaged: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
