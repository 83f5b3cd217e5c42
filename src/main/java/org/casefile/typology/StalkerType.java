package org.casefile.typology;

/**
 * The five motivational types of stalker (Mullen, Pathé, Purcell and Stuart, 1999), classified by the context in
 * which the stalking began and the initial motive. A type is an aid to professional judgement, never a risk score.
 */
public enum StalkerType {
    REJECTED,
    RESENTFUL,
    INTIMACY_SEEKING,
    INCOMPETENT_SUITOR,
    PREDATORY;

    public String labelKey() {
        return "typology.type." + name();
    }
}
