package org.casefile.order;

/** What came of a breach the police were told about, as far as the caseworker knows. */
public enum BreachOutcome {
    UNKNOWN,
    REPORTED,
    ARRESTED,
    CHARGED,
    CONVICTED,
    NO_FURTHER_ACTION;

    public String labelKey() {
        return "order.breach.outcome." + name();
    }
}
