package org.casefile.typology;

import java.util.List;

/**
 * What a rule found, so a screen can show it and link to the incidents: the kind of fact, its value (a
 * relationship, flag, behaviour or indicator name, the words matched, a number of days or victims, or direct
 * contact or online contact as "incidents with it/all incidents") and the incident numbers it came from.
 */
public record Evidence(Kind kind, String detail, List<Integer> incidents) {
    public enum Kind {
        RELATIONSHIP, CONTEXT, BEHAVIOUR, CONTACT_SHARE, ONLINE_SHARE, WORDS, DURATION, PRIOR_VICTIMS, WARNINGS, MENTAL_HEALTH;

        /** A pattern with {0} for the detail and, for behaviours, {1} for the incident numbers. */
        public String labelKey() {
            return "typology.evidence." + name();
        }
    }

    public Evidence {
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }

    public static Evidence of(Kind kind, String detail) {
        return new Evidence(kind, detail, List.of());
    }
}
