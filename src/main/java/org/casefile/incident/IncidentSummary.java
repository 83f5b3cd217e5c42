package org.casefile.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One incident as lists, the pattern and the chronology see it: its version in force, without the long texts. */
public record IncidentSummary(long id, long clientId, int number, LocalDate occurredOn, LocalTime occurredAt,
                              boolean approximate, List<Behaviour> behaviours, Channel channel, Place place,
                              boolean childrenInvolved, boolean orderBreached, Source source, String summary,
                              boolean policeReported, String crimeReference, Instant recordedAt, String recordedBy,
                              int versions) {
    public IncidentSummary {
        behaviours = List.copyOf(behaviours);
    }

    public boolean amended() {
        return versions > 1;
    }

    public boolean has(Behaviour b) {
        return behaviours.contains(b);
    }

    public boolean inPerson() {
        return behaviours.stream().anyMatch(Behaviour::inPerson);
    }
}
