package org.casefile.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands, and where it may go next: draft → sent → acknowledged → accepted or declined (with a
 * reason) → in progress → closed (with an outcome); withdrawn from any open state. Incoming referrals start as
 * sent (received by us). Declined, closed and withdrawn are final.
 */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACKNOWLEDGED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    CLOSED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, WITHDRAWN);
            case SENT -> EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED, WITHDRAWN);
            case ACKNOWLEDGED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, CLOSED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(CLOSED, WITHDRAWN);
            case DECLINED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean open() {
        return !next().isEmpty();
    }

    /** Still waiting for the other agency to answer. */
    public boolean awaitingResponse() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    public String labelKey() {
        return "referral.status." + name();
    }

    /** The button that moves a referral here ("Mark as sent", "Decline…"). */
    public String actionKey() {
        return "referral.action." + name();
    }
}
