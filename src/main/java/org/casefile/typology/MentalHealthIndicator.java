package org.casefile.typology;

/**
 * Indicators a professional has recorded, only when known. They weigh lightly: a diagnosis is not a motive, and
 * most people who stalk have none of these.
 */
public enum MentalHealthIndicator {
    /** A fixed belief, held against all evidence, that the client loves them. */
    FIXED_BELIEF_OF_BEING_LOVED,
    /** Marked difficulty reading social cues or taking no for an answer. */
    LIMITED_SOCIAL_SKILLS,
    /** A persistent sense of grievance or persecution. */
    PERSISTENT_GRIEVANCE;

    public String labelKey() {
        return "typology.mentalHealth." + name();
    }
}
