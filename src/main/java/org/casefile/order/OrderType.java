package org.casefile.order;

/** The kinds of protective order and bail condition a caseworker tracks on a case. */
public enum OrderType {
    STALKING_PROTECTION_ORDER,
    INTERIM_STALKING_PROTECTION_ORDER,
    NON_MOLESTATION_ORDER,
    RESTRAINING_ORDER,
    DOMESTIC_ABUSE_PROTECTION_ORDER,
    BAIL_CONDITIONS,
    OTHER;

    public String labelKey() {
        return "order.type." + name();
    }

    /** A short name for lists and chronology rows ("SPO"). */
    public String shortKey() {
        return "order.type.short." + name();
    }

    /** Stalking protection orders, full or interim: the respondent must tell the police their name and address. */
    public boolean isStalkingProtection() {
        return this == STALKING_PROTECTION_ORDER || this == INTERIM_STALKING_PROTECTION_ORDER;
    }
}
