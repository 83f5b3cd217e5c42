package org.casefile.incident;

/** Families of behaviour, used to colour the timeline and to read a pattern at a glance. */
public enum BehaviourGroup {
    PRESENCE,
    CONTACT,
    THREATS_AND_VIOLENCE,
    PROPERTY_AND_INTRUSION,
    ONLINE_AND_SURVEILLANCE,
    THROUGH_OTHERS,
    BREACH;

    public String labelKey() {
        return "behaviourGroup." + name();
    }

    /** The CSS class that gives this group its colour in charts and chips. */
    public String styleClass() {
        return "group-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
