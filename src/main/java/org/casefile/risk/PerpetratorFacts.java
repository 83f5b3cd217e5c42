package org.casefile.risk;

import org.casefile.exchange.CaseExchange;
import org.casefile.perpetrator.Relationship;

/**
 * One linked perpetrator as the typology screen shows them: who, how they know the client, and what the
 * caseworker has ticked about how it began.
 *
 * @param contextVersion -1 before anything was ticked; else the version an edit is based on
 */
public record PerpetratorFacts(long perpetratorId, String reference, String name, Relationship relationship,
                               CaseExchange.Context context, long contextVersion) {
}
