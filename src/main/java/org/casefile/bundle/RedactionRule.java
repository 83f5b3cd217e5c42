package org.casefile.bundle;

/** One kind of detail a redaction profile keeps out of a bundle. */
public enum RedactionRule {
    /** Addresses marked confidential, and refuge addresses. */
    SAFE_ADDRESSES("bundle.rule.safeAddresses"),
    /** The client's own phone numbers and the safe number. */
    PHONE_NUMBERS("bundle.rule.phoneNumbers"),
    /** Children's names and notes about them (where a school is written). */
    CHILDREN("bundle.rule.children"),
    /** Work addresses and the client's professionals' organisations. */
    WORKPLACE("bundle.rule.workplace"),
    /** Safe contact details: safe times, code word and notes. */
    CONFIDENTIAL_FIELDS("bundle.rule.confidentialFields");

    private final String labelKey;

    RedactionRule(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
