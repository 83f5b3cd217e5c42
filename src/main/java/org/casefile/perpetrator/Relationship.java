package org.casefile.perpetrator;

import java.util.Locale;

/** How the perpetrator knows the client: the fixed vocabulary the whole app and its reports share. */
public enum Relationship {
    EX_INTIMATE_PARTNER,
    FAMILY,
    FRIEND,
    ACQUAINTANCE,
    NEIGHBOUR,
    WORK_COLLEAGUE,
    PROFESSIONAL_CONTACT,
    ONLINE_ONLY_CONTACT,
    STRANGER,
    UNKNOWN;

    public String labelKey() {
        return "relationship." + name().toLowerCase(Locale.ROOT);
    }
}
