package org.casefile.client;

import java.util.Locale;

/** Whether a way of reaching the client is safe: leaving a voicemail, sending post. */
public enum Safety {
    NOT_ASKED,
    SAFE,
    NOT_SAFE;

    public String labelKey() {
        return "safety." + name().toLowerCase(Locale.ROOT);
    }
}
