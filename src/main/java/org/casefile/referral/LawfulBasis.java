package org.casefile.referral;

/** Why sharing without consent is lawful: the ground a decision to share rests on. */
public enum LawfulBasis {
    RISK_OF_SERIOUS_HARM,
    PREVENTION_OF_CRIME,
    SAFEGUARDING_A_CHILD,
    SAFEGUARDING_AN_ADULT,
    VITAL_INTERESTS,
    LEGAL_DUTY;

    public String labelKey() {
        return "share.basis." + name();
    }
}
