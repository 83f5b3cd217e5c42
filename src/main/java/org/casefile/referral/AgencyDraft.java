package org.casefile.referral;

/** An agency as the directory form and the CSV file hold it. */
public record AgencyDraft(String name, AgencyKind kind, String contactName, String phone, String email,
                          String secureEmail, String address, String notes, boolean active) {
    public AgencyDraft {
        name = clean(name);
        kind = kind == null ? AgencyKind.OTHER : kind;
        contactName = clean(contactName);
        phone = clean(phone);
        email = clean(email);
        secureEmail = clean(secureEmail);
        address = clean(address);
        notes = clean(notes);
    }

    public static AgencyDraft named(String name, AgencyKind kind) {
        return new AgencyDraft(name, kind, "", "", "", "", "", "", true);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
