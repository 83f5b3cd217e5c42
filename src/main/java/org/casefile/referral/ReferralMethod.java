package org.casefile.referral;

/** How a referral was made. */
public enum ReferralMethod {
    SECURE_EMAIL,
    EMAIL,
    PHONE,
    ONLINE_FORM,
    LETTER,
    MEETING;

    public String labelKey() {
        return "referral.method." + name();
    }
}
