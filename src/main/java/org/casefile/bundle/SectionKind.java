package org.casefile.bundle;

/** The sections a bundle can hold. Which appear, and in what order, is the caseworker's choice. */
public enum SectionKind {
    CHRONOLOGY("bundle.section.chronology"),
    ACCOUNTS("bundle.section.accounts"),
    EXHIBITS("bundle.section.exhibits"),
    MANIFEST("bundle.section.manifest"),
    CONTINUITY("bundle.section.continuity"),
    RISK("bundle.section.risk"),
    TYPOLOGY("bundle.section.typology"),
    REFERRALS("bundle.section.referrals"),
    ORDERS("bundle.section.orders"),
    CHRONOLOGY_SUMMARY("bundle.section.chronologySummary"),
    REFERRAL("bundle.section.referral");

    private final String titleKey;

    SectionKind(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
