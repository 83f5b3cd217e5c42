package org.casefile.typology;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casefile.incident.Behaviour;
import org.casefile.incident.BehaviourGroup;
import org.casefile.incident.Channel;
import org.casefile.incident.Place;
import org.casefile.typology.CaseFacts.IncidentFact;

/**
 * When to tag the stalking as cyber-enabled: online or surveillance behaviours (tracking, spyware, account
 * access, impersonation, publishing) in two or more incidents, or online contact (email, social media, messaging
 * apps, devices and accounts, or a place online) in at least two incidents and at least half of them. Calls and
 * text messages do not count, even when the place was recorded as online: they are ordinary contact by phone.
 */
final class CyberModality {
    static final int MIN_INCIDENTS = 2;

    private static final Set<Channel> ONLINE_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.SOCIAL_MEDIA,
            Channel.MESSAGING_APP, Channel.DEVICE_OR_ACCOUNT);
    private static final Set<Behaviour> ONLINE_CONTACT = EnumSet.of(Behaviour.EMAIL, Behaviour.SOCIAL_MEDIA);

    private CyberModality() {
    }

    /** The evidence for the tag; empty when it does not apply. */
    static List<Evidence> evidence(CaseFacts facts) {
        List<IncidentFact> surveillance = facts.incidents().stream()
                .filter(i -> i.behaviours().stream().anyMatch(b -> b.group() == BehaviourGroup.ONLINE_AND_SURVEILLANCE))
                .toList();
        List<IncidentFact> online = facts.incidents().stream().filter(CyberModality::online).toList();
        boolean tagged = surveillance.size() >= MIN_INCIDENTS
                || (online.size() >= MIN_INCIDENTS && online.size() * 2 >= facts.incidents().size());
        if (!tagged) {
            return List.of();
        }
        List<Evidence> out = new java.util.ArrayList<>();
        if (!online.isEmpty()) {
            out.add(new Evidence(Evidence.Kind.ONLINE_SHARE, online.size() + "/" + facts.incidents().size(),
                    online.stream().map(IncidentFact::number).toList()));
        }
        if (!surveillance.isEmpty()) {
            out.add(new Evidence(Evidence.Kind.BEHAVIOUR, BehaviourGroup.ONLINE_AND_SURVEILLANCE.name(),
                    surveillance.stream().map(IncidentFact::number).toList()));
        }
        return out;
    }

    private static boolean online(IncidentFact i) {
        boolean byPhone = i.channel() == Channel.PHONE_CALL || i.channel() == Channel.TEXT_MESSAGE;
        return ONLINE_CHANNELS.contains(i.channel()) || (i.place() == Place.ONLINE && !byPhone)
                || i.behaviours().stream().anyMatch(b -> ONLINE_CONTACT.contains(b)
                        || b.group() == BehaviourGroup.ONLINE_AND_SURVEILLANCE);
    }
}
