package org.casefile.typology;

/**
 * What a caseworker knows about how the stalking began, ticked from what the client says. Each flag is a
 * context the published typology classifies by; none is required, and the rules also read the incident log.
 */
public enum ContextFlag {
    /** It followed the end of a close relationship: partner, family member or close friend. */
    FOLLOWED_END_OF_RELATIONSHIP,
    /** It followed a grievance or dispute: at work, with a neighbour, or over a professional decision. */
    FOLLOWED_GRIEVANCE_OR_DISPUTE,
    /** The client had no contact with them before: a stranger or near-stranger. */
    NO_PRIOR_CONTACT,
    /** They asked the client for a date or for sex and were refused. */
    REFUSED_DATE_OR_SEX,
    /** They believe the relationship is real or destined, or that the client loves them. */
    BELIEVES_RELATIONSHIP_REAL,
    /** They have been watching covertly, with little or no direct contact. */
    COVERT_WATCHING,
    /** They present themselves as the one who was wronged. */
    SEES_SELF_AS_VICTIM,
    /** They are jealous of the client's partner or friends. */
    JEALOUS_OF_CLIENT_PARTNER;

    public String labelKey() {
        return "typology.flag." + name();
    }
}
