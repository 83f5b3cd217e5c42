package org.casefile.importing;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;

/**
 * A proposed incident: messages from one party close together in time, the behaviours they suggest, and
 * whether the caseworker means to record it. Nothing is saved until the whole list is confirmed.
 *
 * @param party         who sent them, as the file shows (or the perpetrator's name when matched)
 * @param perpetratorId the perpetrator they matched, or null
 * @param duplicateOf   numbers of incidents already in the log on the same day with overlapping words
 * @param warnings      message keys for what stops it being recorded as it stands (no behaviour, a future date)
 */
public record Proposal(List<ImportedMessage> messages, String party, Long perpetratorId, Set<Behaviour> behaviours,
                       Channel channel, boolean include, List<Integer> duplicateOf, List<String> warnings) {
    public Proposal {
        messages = List.copyOf(messages);
        behaviours = behaviours == null || behaviours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(behaviours));
        duplicateOf = List.copyOf(duplicateOf);
        warnings = List.copyOf(warnings);
    }

    public LocalDateTime start() {
        return messages.getFirst().at();
    }

    public LocalDateTime end() {
        return messages.getLast().at();
    }

    public int firstPosition() {
        return messages.stream().mapToInt(ImportedMessage::position).min().orElse(0);
    }

    public int lastPosition() {
        return messages.stream().mapToInt(ImportedMessage::position).max().orElse(0);
    }

    public boolean isDuplicate() {
        return !duplicateOf.isEmpty();
    }

    public List<Behaviour> behavioursInOrder() {
        return behaviours.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(behaviours));
    }

    public Proposal withInclude(boolean yes) {
        return new Proposal(messages, party, perpetratorId, behaviours, channel, yes, duplicateOf, warnings);
    }

    public Proposal withBehaviours(Set<Behaviour> chosen) {
        List<String> w = warnings.stream().filter(k -> !k.equals(Proposer.NO_BEHAVIOUR)).toList();
        if (chosen.isEmpty()) {
            w = new java.util.ArrayList<>(w);
            w.add(Proposer.NO_BEHAVIOUR);
        }
        return new Proposal(messages, party, perpetratorId, chosen, channel, include, duplicateOf, w);
    }

    public Proposal withPerpetrator(Long id, String name) {
        return new Proposal(messages, name == null ? party : name, id, behaviours, channel, include, duplicateOf,
                warnings);
    }

    /** Can be recorded as it stands. */
    public boolean ready() {
        return warnings.isEmpty();
    }
}
