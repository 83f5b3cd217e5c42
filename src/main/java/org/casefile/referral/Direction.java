package org.casefile.referral;

/** Whether we referred the client to an agency, or an agency referred them to us. */
public enum Direction {
    OUTGOING,
    INCOMING;

    public String labelKey() {
        return "referral.direction." + name();
    }
}
