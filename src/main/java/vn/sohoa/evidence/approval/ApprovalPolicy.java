package vn.sohoa.evidence.approval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import vn.sohoa.casefile.DocumentType;
import vn.sohoa.i18n.SohoaException;

/**
 * Which document types need a second person's approval before they may be signed (four eyes).
 * Configuration, in the home's {@code policy.properties}:
 * <pre>four-eyes.document-types = ban-an, quyet-dinh</pre>
 * No file, or no such line, means no type needs one.
 */
public record ApprovalPolicy(Set<DocumentType> needApproval) {

    public static final String FILE = "policy.properties";
    public static final String KEY = "four-eyes.document-types";

    public ApprovalPolicy {
        needApproval = needApproval.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needApproval));
    }

    public static ApprovalPolicy none() {
        return new ApprovalPolicy(Set.of());
    }

    public boolean requiresApproval(DocumentType type) {
        return needApproval.contains(type);
    }

    /** Reads the policy from {@code file}; a type it names that does not exist is refused with the reason. */
    public static ApprovalPolicy load(Path file) {
        if (!Files.exists(file)) {
            return none();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw SohoaException.badInput("policy.unreadable", file.toString());
        }
        String value = properties.getProperty(KEY, "").strip();
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        for (String name : value.split("[,;]")) {
            if (!name.isBlank()) {
                types.add(DocumentType.find(name.strip())
                        .orElseThrow(() -> SohoaException.badInput("policy.unknownType", file.toString(), name.strip())));
            }
        }
        return new ApprovalPolicy(types);
    }

    /** The policy as the file holds it, types by code. */
    public String asProperties() {
        return "# SoHoa: document types that a second person must approve before they are signed (sohoa approve)\n"
                + KEY + " = " + needApproval.stream().sorted().map(DocumentType::code).collect(Collectors.joining(", ")) + "\n";
    }
}
