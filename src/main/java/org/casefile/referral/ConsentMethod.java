package org.casefile.referral;

/** How the client gave consent. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    ELECTRONIC;

    public String labelKey() {
        return "consent.method." + name();
    }
}
