package vn.sohoa.evidence.approval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import vn.sohoa.casefile.Approval;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;

/**
 * The four-eyes rule at signing time: a document of a type the policy names is signed only after
 * someone other than the signer approved exactly the content being signed.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * Refuses, with the reason, to sign {@code content} of {@code document} as {@code signer} (the
     * signing certificate's holder) unless the policy does not ask for approval or an approval fits.
     */
    public static void requireApproval(ApprovalPolicy policy, Document document, String caseNumber, Sha256 content,
                                       List<Approval> approvals, String signer) {
        if (!policy.requiresApproval(document.type())) {
            return;
        }
        List<Approval> ofThisContent = approvals.stream().filter(a -> a.content().equals(content)).toList();
        if (ofThisContent.stream().anyMatch(a -> !samePerson(a.approver(), signer))) {
            return;
        }
        if (!ofThisContent.isEmpty()) {
            throw refused("approval.sameSigner", document.ordinal(), ofThisContent.getFirst().approver());
        }
        if (!approvals.isEmpty()) {
            throw refused("approval.stale", document.ordinal());
        }
        throw refused("approval.missing", document.ordinal(), document.type().code(), caseNumber);
    }

    /**
     * Whether two names are the same person's, as far as names tell: compared without case, marks,
     * spacing or a parenthesised remark ("Nguyễn Văn A (thử nghiệm)" is "nguyen van a").
     */
    public static boolean samePerson(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String name) {
        String withoutRemarks = name.replaceAll("\\([^)]*\\)", " ");
        String ascii = Normalizer.normalize(withoutRemarks.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static SohoaException refused(String key, Object... args) {
        return new SohoaException(SohoaException.Reason.CHECK_FAILED, Message.of(key, args));
    }
}
