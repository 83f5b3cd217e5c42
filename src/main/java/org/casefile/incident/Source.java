package org.casefile.incident;

/** Who told us about the incident: the "source" column of a chronology. */
public enum Source {
    CLIENT,
    POLICE,
    WITNESS,
    OTHER_AGENCY,
    CASEWORKER,
    IMPORTED;

    public String labelKey() {
        return "source." + name();
    }
}
