package vn.sohoa.evidence.revocation;

import vn.sohoa.i18n.Message;

/**
 * The outcome of checking a signer's certificate before signing (Nghị định 23/2025/NĐ-CP). A
 * revoked certificate never gets here: the check refuses it. Otherwise either its status was
 * confirmed, or the network did not allow checking and the signature goes ahead with that noted.
 */
public sealed interface SignerCheck {

    /** The status was confirmed good, by OCSP, CRL or both ({@code sources}, e.g. "OCSP"). */
    record Confirmed(String sources) implements SignerCheck {
    }

    /** The status could not be checked, and why. */
    record NotChecked(Message why) implements SignerCheck {
    }
}
