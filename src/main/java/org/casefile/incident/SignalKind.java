package org.casefile.incident;

/** Changes in the log that should prompt a risk review. */
public enum SignalKind {
    FREQUENCY_RISING,
    FIRST_THREAT,
    VIOLENCE,
    HOME_VISIT,
    CHILDREN_APPROACHED,
    ORDER_BREACH,
    VISITS_IN_A_WEEK;

    public String labelKey() {
        return "signal." + name();
    }

    /** The sentence that says why it fired; takes the incident numbers and, for some, counts. */
    public String reasonKey() {
        return "signal." + name() + ".reason";
    }
}
