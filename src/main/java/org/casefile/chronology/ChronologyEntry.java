package org.casefile.chronology;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One row of a chronology: date, event, source, significance, and the exhibits that prove it.
 *
 * @param time        the time of day, when known
 * @param approximate the date or time is the client's best recollection
 * @param subjectId   the record the row comes from (an incident's id for incidents)
 * @param reference   how the case refers to it ("Incident 12", "JS/3")
 */
public record ChronologyEntry(LocalDate date, LocalTime time, boolean approximate, EventKind kind, String reference,
                              String event, String source, String significance, List<String> exhibits,
                              long subjectId) {
    public ChronologyEntry {
        exhibits = List.copyOf(exhibits);
    }
}
