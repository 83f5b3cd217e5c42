package org.casefile.bundle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A named set of rules saying what must not appear in a bundle. Court and police bundles start at the strictest;
 * free strings typed for one bundle are added to whichever profile is chosen.
 */
public enum RedactionProfile {
    STRICT("bundle.profile.strict", EnumSet.allOf(RedactionRule.class)),
    STANDARD("bundle.profile.standard", EnumSet.of(RedactionRule.SAFE_ADDRESSES, RedactionRule.PHONE_NUMBERS,
            RedactionRule.CONFIDENTIAL_FIELDS)),
    NONE("bundle.profile.none", EnumSet.noneOf(RedactionRule.class));

    private final String labelKey;
    private final Set<RedactionRule> rules;

    RedactionProfile(String labelKey, Set<RedactionRule> rules) {
        this.labelKey = labelKey;
        this.rules = Set.copyOf(rules);
    }

    public String labelKey() {
        return labelKey;
    }

    public Set<RedactionRule> rules() {
        return rules;
    }

    /** The profile with this name as typed on the command line (strict, standard, none). */
    public static RedactionProfile named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
