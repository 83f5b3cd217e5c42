package org.casefile.chronology;

/** What a chronology row is about. Later features (referrals, orders, risk reviews) add their rows here. */
public enum EventKind {
    INCIDENT,
    EXHIBIT,
    REFERRAL,
    ORDER,
    RISK_REVIEW;

    public String labelKey() {
        return "event." + name();
    }
}
