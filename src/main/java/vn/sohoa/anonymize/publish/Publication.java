package vn.sohoa.anonymize.publish;

import vn.sohoa.i18n.Message;

/** Whether a document may be published once encoded, and if not, why (one sentence for the user). */
public sealed interface Publication {

    record Allowed() implements Publication {
    }

    /** Refused, with the reason as a message of the engine's bundles and the text that shows it. */
    record Refused(Message reason, String evidence) implements Publication {
    }
}
