package org.casefile.bundle;

import java.util.List;

/** What a bundle is for, with its sections in their usual order and the redaction it starts with. */
public enum BundleKind {
    COURT("bundle.kind.court", RedactionProfile.STRICT, List.of(SectionKind.CHRONOLOGY, SectionKind.ACCOUNTS,
            SectionKind.EXHIBITS, SectionKind.MANIFEST)),
    POLICE("bundle.kind.police", RedactionProfile.STRICT, List.of(SectionKind.CHRONOLOGY, SectionKind.EXHIBITS,
            SectionKind.CONTINUITY, SectionKind.MANIFEST)),
    MARAC("bundle.kind.marac", RedactionProfile.STRICT, List.of(SectionKind.RISK, SectionKind.TYPOLOGY,
            SectionKind.REFERRALS, SectionKind.ORDERS, SectionKind.CHRONOLOGY_SUMMARY)),
    SUMMARY("bundle.kind.summary", RedactionProfile.STANDARD, List.of(SectionKind.CHRONOLOGY_SUMMARY,
            SectionKind.CHRONOLOGY, SectionKind.MANIFEST)),
    /**
     * The pack sent with one referral: the referral and what it was shared under, the risk summary and the
     * chronology summary; always the strictest redaction. Made from a referral, not from the bundle tab.
     */
    REFERRAL("bundle.kind.referral", RedactionProfile.STRICT, List.of(SectionKind.REFERRAL, SectionKind.RISK,
            SectionKind.CHRONOLOGY_SUMMARY));

    private final String labelKey;
    private final RedactionProfile defaultProfile;
    private final List<SectionKind> defaultSections;

    BundleKind(String labelKey, RedactionProfile defaultProfile, List<SectionKind> defaultSections) {
        this.labelKey = labelKey;
        this.defaultProfile = defaultProfile;
        this.defaultSections = defaultSections;
    }

    public String labelKey() {
        return labelKey;
    }

    public RedactionProfile defaultProfile() {
        return defaultProfile;
    }

    /** The template: sections in their usual order. The caseworker may reorder, add or leave out. */
    public List<SectionKind> defaultSections() {
        return defaultSections;
    }
}
