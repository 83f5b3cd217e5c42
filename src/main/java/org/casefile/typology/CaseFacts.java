package org.casefile.typology;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Place;
import org.casefile.perpetrator.Relationship;

/**
 * Everything the typology rules read about one perpetrator's conduct towards one client: how they know each
 * other, what the caseworker knows of how it began, and the incident log with its words. Pure values; nothing
 * here names a person.
 *
 * @param perpetratorKnown false when nobody knows who is doing it; the finding is then undetermined
 * @param relationship     how the perpetrator knows the client ({@link Relationship#UNKNOWN} when not known)
 * @param context          the contexts the caseworker has ticked
 * @param incidents        the incidents, any order
 * @param texts            verbatim words and descriptions, each tied to its incident number (0: the case itself)
 * @param priorVictims     other people they are known to have stalked (0: none known)
 * @param warnings         what happened after a warning, order or arrest
 * @param mentalHealth     indicators recorded by a professional, only when known
 */
public record CaseFacts(boolean perpetratorKnown, Relationship relationship, Set<ContextFlag> context,
                        List<IncidentFact> incidents, List<CaseText> texts, int priorVictims,
                        WarningResponse warnings, Set<MentalHealthIndicator> mentalHealth) {

    public CaseFacts {
        relationship = relationship == null ? Relationship.UNKNOWN : relationship;
        context = context == null || context.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(context));
        incidents = incidents == null ? List.of()
                : incidents.stream().sorted(Comparator.comparing(IncidentFact::occurredOn,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(IncidentFact::number)).toList();
        texts = texts == null ? List.of() : texts.stream().filter(t -> !t.text().isBlank()).toList();
        priorVictims = Math.max(0, priorVictims);
        warnings = warnings == null ? WarningResponse.UNKNOWN : warnings;
        mentalHealth = mentalHealth == null || mentalHealth.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mentalHealth));
    }

    /** One incident as the rules see it. {@code number} is the incident's number in the client's log. */
    public record IncidentFact(int number, LocalDate occurredOn, Set<Behaviour> behaviours, Channel channel,
                               Place place) {
        public IncidentFact {
            behaviours = behaviours == null || behaviours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(behaviours));
            channel = channel == null ? Channel.UNKNOWN : channel;
            place = place == null ? Place.UNKNOWN : place;
        }
    }

    /** Whose words a text holds. */
    public enum TextKind {
        /** Exactly what the perpetrator said or wrote. */
        VERBATIM,
        /** What happened, in the caseworker's or client's words. */
        DESCRIPTION,
        /** A note about the case as a whole (how it began), not tied to one incident. */
        CASE_NOTE
    }

    /** A piece of text the word cues read, with the incident it came from (0 for the case as a whole). */
    public record CaseText(int incident, TextKind kind, String text) {
        public CaseText {
            Objects.requireNonNull(kind);
            text = text == null ? "" : text;
        }
    }

    /** How often a behaviour appears, when first and last, and in which incidents. */
    public record BehaviourTally(Behaviour behaviour, int count, LocalDate first, LocalDate last, List<Integer> incidents) {
        public BehaviourTally {
            incidents = List.copyOf(incidents);
        }
    }

    /**
     * Facts from a client's incident log as the services return it, with the short summary of each incident as
     * its text. Use this when the long texts are not at hand; the exchange mapping gives the full words.
     *
     * @param relationship the perpetrator's relationship to the client, or null when no perpetrator is known
     */
    public static CaseFacts fromLog(Relationship relationship, Set<ContextFlag> context, List<IncidentSummary> log,
                                    int priorVictims, WarningResponse warnings, Set<MentalHealthIndicator> mentalHealth) {
        List<IncidentFact> incidents = new ArrayList<>();
        List<CaseText> texts = new ArrayList<>();
        for (IncidentSummary s : log) {
            incidents.add(new IncidentFact(s.number(), s.occurredOn(), Set.copyOf(s.behaviours()), s.channel(), s.place()));
            texts.add(new CaseText(s.number(), TextKind.DESCRIPTION, s.summary()));
        }
        return new CaseFacts(relationship != null, relationship, context, incidents, texts, priorVictims, warnings,
                mentalHealth);
    }

    /** Each behaviour seen, in vocabulary order, with its count, first and last date and incidents. */
    public Map<Behaviour, BehaviourTally> behaviours() {
        Map<Behaviour, List<IncidentFact>> seen = new EnumMap<>(Behaviour.class);
        for (IncidentFact i : incidents) {
            i.behaviours().forEach(b -> seen.computeIfAbsent(b, k -> new ArrayList<>()).add(i));
        }
        Map<Behaviour, BehaviourTally> out = new EnumMap<>(Behaviour.class);
        seen.forEach((b, list) -> out.put(b, new BehaviourTally(b, list.size(),
                list.getFirst().occurredOn(), list.getLast().occurredOn(),
                list.stream().map(IncidentFact::number).toList())));
        return out;
    }

    /** Incidents showing any of {@code wanted}, oldest first. */
    public List<IncidentFact> incidentsWith(Collection<Behaviour> wanted) {
        return incidents.stream().filter(i -> i.behaviours().stream().anyMatch(wanted::contains)).toList();
    }

    /** Days from the first incident to the last (0 with fewer than two dated incidents). */
    public long durationDays() {
        List<LocalDate> dates = incidents.stream().map(IncidentFact::occurredOn).filter(Objects::nonNull).sorted().toList();
        return dates.size() < 2 ? 0 : ChronoUnit.DAYS.between(dates.getFirst(), dates.getLast());
    }

    public boolean has(ContextFlag flag) {
        return context.contains(flag);
    }

    public boolean has(MentalHealthIndicator indicator) {
        return mentalHealth.contains(indicator);
    }
}
