package org.casefile.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.perpetrator.LinkedPerpetrator;

/**
 * A case as the services return it, turned into an exchange file. Only what the format carries is copied:
 * references, relationships, and each incident's version in force without the client's impact statement,
 * witnesses, free-text location or police references. Perpetrators' names and link notes stay in the store.
 */
public final class ExchangeExport {
    private ExchangeExport() {
    }

    public static CaseExchange from(String clientReference, List<LinkedPerpetrator> perpetrators,
                                    List<IncidentRecord> incidents, Instant exportedAt) {
        Map<Long, String> references = new HashMap<>();
        List<CaseExchange.Perpetrator> ps = new ArrayList<>();
        for (LinkedPerpetrator p : perpetrators) {
            references.put(p.perpetratorId(), p.reference());
            ps.add(new CaseExchange.Perpetrator(p.reference(), p.relationship(), CaseExchange.Context.NONE));
        }
        List<CaseExchange.Incident> is = new ArrayList<>();
        for (IncidentRecord r : incidents) {
            IncidentDraft d = r.current().draft();
            List<String> who = d.perpetratorIds().stream().map(references::get).filter(ref -> ref != null).toList();
            is.add(new CaseExchange.Incident(r.number(), d.occurredOn(), d.occurredAt(), d.approximate(), d.behaviours(),
                    d.channel(), d.place(), who, d.verbatim(), d.description()));
        }
        return new CaseExchange(CaseExchange.VERSION, exportedAt, new CaseExchange.Client(clientReference), ps, is);
    }
}
