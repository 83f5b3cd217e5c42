package org.casefile.evidence;

/** The handling steps a continuity log records. */
public enum CustodyAction {
    RECEIVED,
    VIEWED,
    EXPORTED,
    DERIVED_COPY_MADE,
    VERIFIED,
    DAMAGE_FOUND,
    EXPORTED_IN_BUNDLE;

    public String labelKey() {
        return "custody." + name();
    }
}
