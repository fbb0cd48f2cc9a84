package vn.sohoa.anonymize.finding;

import java.util.Locale;

/**
 * Why a span was reported: the rule that fired. {@link #code()} is stable and goes into JSON; the
 * sentence for people is the message {@code pii.rule.<code>} of the engine's bundles.
 */
public enum Rule {
    CCCD_STRUCTURE,
    ID_LABEL,
    PASSPORT,
    PHONE_MOBILE,
    PHONE_OLD_MOBILE,
    PHONE_LANDLINE,
    PHONE_LABEL,
    ACCOUNT_LABEL,
    TAXCODE_CHECK_DIGIT,
    TAXCODE_LABEL,
    INSURANCE_LABEL,
    HEALTH_CARD,
    PLATE_SHAPE,
    EMAIL_SHAPE,
    DOB_LABEL,
    ADDRESS_LABEL,
    ADDRESS_UNITS,
    ORG_LEGAL_FORM,
    PERSON_ROLE,
    PERSON_HONORIFIC,
    PERSON_NAME_LABEL,
    PERSON_SURNAME,
    PERSON_SIGNATURE,
    PERSON_REPEATED,
    PERSON_SHORT_REFERENCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
