package org.casefile.incident;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Made-up incidents for tests. */
public final class Incidents {
    private Incidents() {
    }

    public static IncidentDraft on(LocalDate day, Behaviour... behaviours) {
        return new IncidentDraft(day, LocalTime.of(19, 30), null, null, false, Set.of(behaviours), Channel.IN_PERSON,
                Place.PUBLIC_PLACE, "Outside the leisure centre", List.of(), "", "Waited by the car park exit.",
                "Frightened to go out alone.", true, "", false, Source.CLIENT, PoliceReport.NONE, null);
    }

    public static IncidentDraft at(LocalDate day, Place place, Behaviour... behaviours) {
        IncidentDraft d = on(day, behaviours);
        return new IncidentDraft(d.occurredOn(), d.occurredAt(), null, null, false, d.behaviours(), d.channel(), place,
                d.location(), List.of(), d.verbatim(), d.description(), d.impact(), d.clientAfraid(), d.witnesses(),
                d.childrenInvolved(), d.source(), d.police(), null);
    }

    static IncidentSummary summary(int number, LocalDate day, Place place, boolean children, Behaviour... behaviours) {
        return new IncidentSummary(number, 1, number, day, null, false, List.of(behaviours), Channel.IN_PERSON, place,
                children, false, Source.CLIENT, "", false, "", java.time.Instant.EPOCH, "jsmith", 1);
    }
}
