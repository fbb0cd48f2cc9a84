package vn.sohoa.anonymize.redact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.i18n.SohoaException;
import vn.sohoa.ocr.Box;

/**
 * Reads a reviewer's decisions ({@code --decisions FILE}):
 * <pre>{"reviewer": "…", "decisions": [
 *   {"action": "accept", "text": "Nguyễn Văn An", "page": 1},
 *   {"action": "reject", "text": "Bến Tre", "reason": "…"},
 *   {"action": "add", "page": 2, "box": [left, top, right, bottom], "label": "[chữ ký]", "reason": "…"}]}</pre>
 * Boxes are in page image pixels. A file that does not say this is refused in one sentence.
 */
public final class Decisions {

    public static final String DEFAULT_LABEL = "[đã che]";
    private static final long MAX_BYTES = 4L << 20;

    private Decisions() {
    }

    public static List<Decision> read(Path file, String operator) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw SohoaException.badInput("anonymize.decisions.invalid", file, "size");
            }
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw SohoaException.badInput("anonymize.decisions.missing", file);
        } catch (IOException e) {
            throw SohoaException.badInput("anonymize.decisions.invalid", file, "JSON");
        }
        if (root == null || !root.isObject() || !root.path("decisions").isArray()) {
            throw SohoaException.badInput("anonymize.decisions.invalid", file, "decisions");
        }
        String reviewer = root.path("reviewer").isTextual() && !root.path("reviewer").asText().isBlank()
                ? root.path("reviewer").asText() : operator;
        List<Decision> out = new ArrayList<>();
        int n = 0;
        for (JsonNode d : root.get("decisions")) {
            n++;
            String where = "decisions[" + (n - 1) + "]";
            String who = d.path("reviewer").isTextual() ? d.path("reviewer").asText() : reviewer;
            String reason = d.path("reason").asText("");
            Optional<Integer> page = d.path("page").isInt() ? Optional.of(d.get("page").asInt()) : Optional.empty();
            switch (d.path("action").asText("")) {
                case "accept" -> out.add(new Decision.Accept(text(d, file, where), page, who));
                case "reject" -> out.add(new Decision.Reject(text(d, file, where), page, who, reason));
                case "add" -> {
                    JsonNode box = d.path("box");
                    if (page.isEmpty() || !box.isArray() || box.size() != 4 || !allInts(box)) {
                        throw SohoaException.badInput("anonymize.decisions.invalid", file, where);
                    }
                    int l = box.get(0).asInt();
                    int t = box.get(1).asInt();
                    int r = box.get(2).asInt();
                    int b = box.get(3).asInt();
                    if (l < 0 || t < 0 || r <= l || b <= t) {
                        throw SohoaException.badInput("anonymize.decisions.invalid", file, where + ".box");
                    }
                    String label = d.path("label").isTextual() ? d.get("label").asText() : DEFAULT_LABEL;
                    out.add(new Decision.AddRegion(page.get(), new Box(l, t, r, b), label, who, reason));
                }
                default -> throw SohoaException.badInput("anonymize.decisions.invalid", file, where + ".action");
            }
        }
        return out;
    }

    private static String text(JsonNode d, Path file, String where) {
        if (!d.path("text").isTextual() || d.get("text").asText().isBlank()) {
            throw SohoaException.badInput("anonymize.decisions.invalid", file, where + ".text");
        }
        return d.get("text").asText();
    }

    private static boolean allInts(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isInt()) {
                return false;
            }
        }
        return true;
    }
}
