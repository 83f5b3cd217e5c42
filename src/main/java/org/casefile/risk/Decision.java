package org.casefile.risk;

/** What the caseworker made of a typology finding. */
public enum Decision {
    CONFIRMED,
    OVERRIDDEN;

    public String labelKey() {
        return "typology.decision." + name();
    }
}
