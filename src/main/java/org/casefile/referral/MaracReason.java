package org.casefile.referral;

/** Why a case goes to MARAC. */
public enum MaracReason {
    VISIBLE_HIGH_RISK,
    PROFESSIONAL_JUDGEMENT,
    POTENTIAL_ESCALATION,
    REPEAT;

    public String labelKey() {
        return "marac.reason." + name();
    }
}
