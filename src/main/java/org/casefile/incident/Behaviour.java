package org.casefile.incident;

import java.util.Arrays;
import java.util.List;

/**
 * The fixed vocabulary of stalking behaviours the whole application shares (incidents, pattern, typology, risk,
 * bundles). Stored by name; the order here is the order caseworkers see them in.
 */
public enum Behaviour {
    FOLLOWING(BehaviourGroup.PRESENCE, true),
    LOITERING(BehaviourGroup.PRESENCE, true),
    WATCHING(BehaviourGroup.PRESENCE, true),
    APPROACHING(BehaviourGroup.PRESENCE, true),
    BLOCKING_THE_WAY(BehaviourGroup.PRESENCE, true),
    CALLS(BehaviourGroup.CONTACT, false),
    MESSAGES(BehaviourGroup.CONTACT, false),
    EMAIL(BehaviourGroup.CONTACT, false),
    SOCIAL_MEDIA(BehaviourGroup.CONTACT, false),
    LETTERS(BehaviourGroup.CONTACT, false),
    GIFTS_OR_ITEMS(BehaviourGroup.CONTACT, false),
    THREAT_TO_CLIENT(BehaviourGroup.THREATS_AND_VIOLENCE, false),
    THREAT_TO_CHILDREN(BehaviourGroup.THREATS_AND_VIOLENCE, false),
    THREAT_TO_OTHERS(BehaviourGroup.THREATS_AND_VIOLENCE, false),
    THREAT_OF_SUICIDE(BehaviourGroup.THREATS_AND_VIOLENCE, false),
    VIOLENCE(BehaviourGroup.THREATS_AND_VIOLENCE, true),
    SEXUAL_OFFENCE(BehaviourGroup.THREATS_AND_VIOLENCE, true),
    HARMING_PETS(BehaviourGroup.THREATS_AND_VIOLENCE, false),
    PROPERTY_DAMAGE(BehaviourGroup.PROPERTY_AND_INTRUSION, true),
    TRESPASS_OR_BREAK_IN(BehaviourGroup.PROPERTY_AND_INTRUSION, true),
    TRACKING_OR_SPYWARE(BehaviourGroup.ONLINE_AND_SURVEILLANCE, false),
    ACCOUNT_ACCESS(BehaviourGroup.ONLINE_AND_SURVEILLANCE, false),
    IMPERSONATION(BehaviourGroup.ONLINE_AND_SURVEILLANCE, false),
    PUBLISHING_MATERIAL(BehaviourGroup.ONLINE_AND_SURVEILLANCE, false),
    THIRD_PARTY_CONTACT(BehaviourGroup.THROUGH_OTHERS, false),
    VEXATIOUS_COMPLAINTS(BehaviourGroup.THROUGH_OTHERS, false),
    ORDER_BREACH(BehaviourGroup.BREACH, false);

    private final BehaviourGroup group;
    private final boolean inPerson;

    Behaviour(BehaviourGroup group, boolean inPerson) {
        this.group = group;
        this.inPerson = inPerson;
    }

    public BehaviourGroup group() {
        return group;
    }

    /** The perpetrator was physically there: counts towards visits and home visits. */
    public boolean inPerson() {
        return inPerson;
    }

    public boolean isThreat() {
        return group == BehaviourGroup.THREATS_AND_VIOLENCE && name().startsWith("THREAT");
    }

    public String labelKey() {
        return "behaviour." + name();
    }

    public static List<Behaviour> in(BehaviourGroup group) {
        return Arrays.stream(values()).filter(b -> b.group == group).toList();
    }
}
