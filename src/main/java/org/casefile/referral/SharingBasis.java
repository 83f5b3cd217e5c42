package org.casefile.referral;

/**
 * What makes sharing a client's details with an agency lawful today: their consent, or a signed-off decision to
 * share without it; {@link #NONE} when neither covers that agency.
 *
 * @param id the consent's or the decision's id
 */
public record SharingBasis(Kind kind, long id, String description) {
    public enum Kind { CONSENT, DECISION, NONE }

    public static final SharingBasis NONE = new SharingBasis(Kind.NONE, 0, "");

    public boolean lawful() {
        return kind != Kind.NONE;
    }
}
