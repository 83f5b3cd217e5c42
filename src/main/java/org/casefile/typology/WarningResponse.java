package org.casefile.typology;

/** What happened after a warning, an order or an arrest. */
public enum WarningResponse {
    IGNORED,
    STOPPED,
    UNKNOWN;

    public String labelKey() {
        return "typology.warnings." + name();
    }
}
