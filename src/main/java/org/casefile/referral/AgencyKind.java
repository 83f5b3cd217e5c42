package org.casefile.referral;

/** What kind of agency: how the directory groups them and what a referral to them is for. */
public enum AgencyKind {
    POLICE,
    MARAC,
    HOUSING,
    HEALTH,
    MENTAL_HEALTH,
    CHILDRENS_SERVICES,
    PROBATION,
    HELPLINE,
    SOLICITOR,
    ADVOCACY_SERVICE,
    OTHER;

    public String labelKey() {
        return "agency.kind." + name();
    }
}
