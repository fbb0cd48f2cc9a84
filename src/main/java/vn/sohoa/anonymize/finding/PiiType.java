package vn.sohoa.anonymize.finding;

/**
 * The kinds of personal data SoHoa looks for, after Nghị định 356/2025/NĐ-CP Điều 3 (basic personal
 * data: names, dates of birth, addresses, phone numbers, identification and passport numbers, plates,
 * digital accounts) and the identifiers courts meet in case files.
 */
public enum PiiType {
    /** A private person's full name or a later short reference to them. */
    PERSON,
    /** CCCD, CMND (9 or 12 digits), passport, số định danh cá nhân. */
    ID,
    /** Mobile (10 digits, or the 11-digit numbers of before 2018) or landline. */
    PHONE,
    /** A date or year of birth. */
    DOB,
    /** A residence or place below country level. */
    ADDRESS,
    /** A vehicle registration plate. */
    PLATE,
    /** A bank account or card number. */
    ACCOUNT,
    /** An e-mail address. */
    EMAIL,
    /** A tax code (mã số thuế). */
    TAXCODE,
    /** A social or health insurance number (BHXH, BHYT). */
    INSURANCE,
    /** A private organisation (company, cooperative, private enterprise). */
    ORG
}
