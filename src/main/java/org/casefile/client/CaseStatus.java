package org.casefile.client;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a client's case stands. Every change is dated and has a reason. */
public enum CaseStatus {
    OPEN,
    ON_HOLD,
    CLOSED,
    REOPENED;

    /** The statuses a case may move to from this one. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN, REOPENED -> EnumSet.of(ON_HOLD, CLOSED);
            case ON_HOLD -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    public boolean isActive() {
        return this != CLOSED;
    }

    public String labelKey() {
        return "status." + name().toLowerCase(Locale.ROOT);
    }
}
