package org.casefile.incident;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an incident says: everything a caseworker records, as one value. A recorded incident keeps every draft
 * it was given (the original and each amendment).
 *
 * @param occurredOn    the day it happened (or began)
 * @param occurredAt    the time, when known
 * @param endedOn       the last day of a time range, when it spanned days
 * @param endedAt       the time it ended, when known
 * @param approximate   the client is not sure of the date or time
 * @param perpetratorIds the perpetrators involved; empty means not known
 * @param verbatim      exactly what was said or written, in the perpetrator's words
 * @param impact        the client's fear and the effect on them, in their words
 * @param orderId       the protective order this breached, when one is on file
 */
public record IncidentDraft(LocalDate occurredOn, LocalTime occurredAt, LocalDate endedOn, LocalTime endedAt,
                            boolean approximate, Set<Behaviour> behaviours, Channel channel, Place place,
                            String location, List<Long> perpetratorIds, String verbatim, String description,
                            String impact, boolean clientAfraid, String witnesses, boolean childrenInvolved,
                            Source source, PoliceReport police, Long orderId) {

    public IncidentDraft {
        behaviours = behaviours == null || behaviours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(behaviours));
        channel = channel == null ? Channel.UNKNOWN : channel;
        place = place == null ? Place.UNKNOWN : place;
        location = clean(location);
        perpetratorIds = perpetratorIds == null ? List.of() : List.copyOf(perpetratorIds);
        verbatim = verbatim == null ? "" : verbatim;
        description = clean(description);
        impact = clean(impact);
        witnesses = clean(witnesses);
        source = source == null ? Source.CLIENT : source;
        police = police == null ? PoliceReport.NONE : police;
    }

    /** A new incident's starting point: today, as the client tells it. */
    public static IncidentDraft blank(LocalDate today) {
        return new IncidentDraft(today, null, null, null, false, Set.of(), Channel.UNKNOWN, Place.UNKNOWN, "", List.of(),
                "", "", "", false, "", false, Source.CLIENT, PoliceReport.NONE, null);
    }

    /** The behaviours in vocabulary order, for display. */
    public List<Behaviour> behavioursInOrder() {
        return behaviours.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(behaviours));
    }

    public boolean perpetratorUnknown() {
        return perpetratorIds.isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
