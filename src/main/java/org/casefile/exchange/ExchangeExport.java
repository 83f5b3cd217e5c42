package org.casefile.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.LinkedPerpetrator;

/**
 * A case as the services return it, turned into an exchange file. Only what the format carries is copied:
 * references, relationships, and each incident's version in force without the client's impact statement,
 * witnesses, free-text location or police references. Perpetrators' names and link notes stay in the store.
 */
public final class ExchangeExport {
    private ExchangeExport() {
    }

    /**
     * A stored case: each perpetrator with what was ticked about them ({@code contexts} by perpetrator id; absent
     * means nothing ticked), and each incident's version in force.
     */
    public static CaseExchange from(String clientReference, List<LinkedPerpetrator> perpetrators,
                                    Map<Long, CaseExchange.Context> contexts, List<IncidentService.InForce> incidents,
                                    Instant exportedAt) {
        Map<Long, String> references = new HashMap<>();
        List<CaseExchange.Perpetrator> ps = new ArrayList<>();
        for (LinkedPerpetrator p : perpetrators) {
            references.put(p.perpetratorId(), p.reference());
            ps.add(new CaseExchange.Perpetrator(p.reference(), p.relationship(),
                    contexts.getOrDefault(p.perpetratorId(), CaseExchange.Context.NONE)));
        }
        List<CaseExchange.Incident> is = new ArrayList<>();
        for (IncidentService.InForce i : incidents) {
            is.add(incident(i.number(), i.draft(), references));
        }
        return new CaseExchange(CaseExchange.VERSION, exportedAt, new CaseExchange.Client(clientReference), ps, is);
    }

    private static CaseExchange.Incident incident(int number, IncidentDraft d, Map<Long, String> references) {
        List<String> who = d.perpetratorIds().stream().map(references::get).filter(ref -> ref != null).toList();
        return new CaseExchange.Incident(number, d.occurredOn(), d.occurredAt(), d.approximate(), d.behaviours(),
                d.channel(), d.place(), who, d.verbatim(), d.description());
    }
}
