package org.casefile.evidence;

/** How a derived copy was made from its original. The original is never changed. */
public enum Derivation {
    ROTATED_LEFT,
    ROTATED_RIGHT,
    CROPPED,
    CONVERTED_TO_PNG;

    public String labelKey() {
        return "derivation." + name();
    }
}
