package vn.sohoa.evidence.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Approval;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;

/** The four-eyes rule on its own: which approval lets which signer sign which content. */
class FourEyesTest {

    static final ApprovalPolicy JUDGMENTS = new ApprovalPolicy(Set.of(DocumentType.BAN_AN));
    static final Document JUDGMENT = new Document(7, 1, 3, DocumentType.BAN_AN, "Bản án", Instant.now());
    static final Sha256 CONTENT = Sha256.hash("bản PDF/A".getBytes(StandardCharsets.UTF_8));
    static final Sha256 EARLIER = Sha256.hash("bản trước".getBytes(StandardCharsets.UTF_8));
    static final String CLERK = "Nguyễn Thị Thư Ký (thử nghiệm)";

    @TempDir
    Path dir;

    @Test
    void anApprovalBySomeoneElseOfThisVeryContentLetsTheClerkSign() {
        assertThatCode(() -> FourEyes.requireApproval(JUDGMENTS, JUDGMENT, "15/2026/DS-ST", CONTENT,
                List.of(approval("Trần Văn Phó Chánh Án", CONTENT)), CLERK)).doesNotThrowAnyException();
    }

    @Test
    void noApprovalSelfApprovalAndAStaleApprovalAreEachRefusedWithTheirReason() {
        assertThat(refusal(List.of())).isEqualTo("approval.missing");
        assertThat(refusal(List.of(approval("nguyen thi THU KY", CONTENT)))).isEqualTo("approval.sameSigner");
        assertThat(refusal(List.of(approval("Trần Văn Phó Chánh Án", EARLIER)))).isEqualTo("approval.stale");
        // A type the policy does not name needs nothing.
        Document other = new Document(8, 1, 4, DocumentType.KHAC, "Khác", Instant.now());
        assertThatCode(() -> FourEyes.requireApproval(JUDGMENTS, other, "15/2026/DS-ST", CONTENT, List.of(), CLERK))
                .doesNotThrowAnyException();
    }

    @Test
    void namesAreComparedWithoutCaseMarksSpacingOrRemarks() {
        assertThat(FourEyes.samePerson("Nguyễn Thị Thư Ký (thử nghiệm)", "  NGUYEN  thi thu ky ")).isTrue();
        assertThat(FourEyes.samePerson("Đặng Văn A", "dang van a")).isTrue();
        assertThat(FourEyes.samePerson("Nguyễn Thị Thư Ký", "Nguyễn Thị Thư")).isFalse();
    }

    @Test
    void thePolicyIsReadFromItsFileAndAnUnknownTypeIsBadInput() throws Exception {
        assertThat(ApprovalPolicy.load(dir.resolve("absent.properties")).needApproval()).isEmpty();
        Path file = Files.writeString(dir.resolve("policy.properties"), "four-eyes.document-types = ban-an, Quyết định\n");
        assertThat(ApprovalPolicy.load(file).needApproval()).containsExactlyInAnyOrder(DocumentType.BAN_AN, DocumentType.QUYET_DINH);
        assertThat(ApprovalPolicy.load(Files.writeString(dir.resolve("again.properties"), JUDGMENTS.asProperties())))
                .isEqualTo(JUDGMENTS);
        Path bad = Files.writeString(dir.resolve("bad.properties"), "four-eyes.document-types = ban-an, hợp đồng\n");
        assertThatThrownBy(() -> ApprovalPolicy.load(bad)).isInstanceOfSatisfying(SohoaException.class, e -> {
            assertThat(e.reason()).isEqualTo(SohoaException.Reason.BAD_INPUT);
            assertThat(e.userMessage().key()).isEqualTo("policy.unknownType");
        });
    }

    private static String refusal(List<Approval> approvals) {
        try {
            FourEyes.requireApproval(JUDGMENTS, JUDGMENT, "15/2026/DS-ST", CONTENT, approvals, CLERK);
            return "signed";
        } catch (SohoaException e) {
            assertThat(e.reason()).isEqualTo(SohoaException.Reason.CHECK_FAILED);
            return e.userMessage().key();
        }
    }

    private static Approval approval(String by, Sha256 content) {
        return new Approval(JUDGMENT.id(), by, content, "thuky", Instant.now());
    }
}
