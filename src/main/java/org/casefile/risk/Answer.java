package org.casefile.risk;

/** An answer to one checklist factor. Only "yes" counts towards the suggested level. */
public enum Answer {
    YES,
    NO,
    DONT_KNOW,
    NOT_ASKED;

    public String labelKey() {
        return "risk.answer." + name();
    }
}
