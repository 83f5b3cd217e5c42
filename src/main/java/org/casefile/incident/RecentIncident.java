package org.casefile.incident;

import java.time.LocalDate;
import java.util.List;
import org.casefile.client.ClientSummary;

/** A dashboard line: an incident that happened lately on one of my cases, without its words. */
public record RecentIncident(long id, ClientSummary client, int number, LocalDate occurredOn, List<Behaviour> behaviours) {
    public RecentIncident {
        behaviours = List.copyOf(behaviours);
    }
}
