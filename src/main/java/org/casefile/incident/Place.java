package org.casefile.incident;

/** Where it happened, in the kinds that matter to the pattern (home visits, approaches at school). */
public enum Place {
    HOME,
    WORK,
    SCHOOL_OR_NURSERY,
    PUBLIC_PLACE,
    ONLINE,
    OTHER,
    UNKNOWN;

    public String labelKey() {
        return "place." + name();
    }
}
