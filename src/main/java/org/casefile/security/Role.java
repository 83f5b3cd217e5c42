package org.casefile.security;

/** What a person may do. Stored by name; the label key gives the words shown on screen. */
public enum Role {
    CASEWORKER,
    SUPERVISOR,
    ADMINISTRATOR;

    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
