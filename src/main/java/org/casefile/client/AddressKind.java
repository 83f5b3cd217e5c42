package org.casefile.client;

import java.util.Locale;

public enum AddressKind {
    HOME,
    WORK,
    REFUGE,
    PREVIOUS,
    OTHER;

    public String labelKey() {
        return "addressKind." + name().toLowerCase(Locale.ROOT);
    }
}
