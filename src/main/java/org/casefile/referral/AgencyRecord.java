package org.casefile.referral;

/** An agency in the directory, with the version an edit is based on. */
public record AgencyRecord(long id, AgencyDraft details, long version) {
    public String name() {
        return details.name();
    }

    public AgencyKind kind() {
        return details.kind();
    }
}
