package org.casefile.bundle;

/** Page numbers: 1, 2, 3 through the bundle, or per section (A1, A2, B1) as family courts may ask. */
public enum Numbering {
    CONTINUOUS,
    SECTIONS
}
