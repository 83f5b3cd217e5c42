package org.casefile.chronology;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.Messages;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.Behaviour;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.incident.EscalationSignal;
import org.casefile.incident.IncidentService;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Pattern;

/**
 * Chronology rows from the incident log and the evidence: one row per incident (its behaviours and summary,
 * who reported it, the escalation signals it triggered, its exhibits) and one per exhibit received.
 */
public final class CaseLogRows implements ChronologySource {
    private final IncidentService incidents;
    private final ExhibitService exhibits;
    private final ZoneId zone;

    public CaseLogRows(IncidentService incidents, ExhibitService exhibits, ZoneId zone) {
        this.incidents = incidents;
        this.exhibits = exhibits;
        this.zone = zone;
    }

    @Override
    public List<ChronologyEntry> entries(long clientId) {
        Pattern pattern = incidents.pattern(clientId);
        List<ExhibitSummary> evidence = exhibits.forClient(clientId);
        Map<Long, List<String>> byIncident = new HashMap<>();
        for (ExhibitSummary e : evidence) {
            if (e.incidentId() != null) {
                byIncident.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(label(e));
            }
        }
        Map<Integer, Set<String>> significance = new HashMap<>();
        for (EscalationSignal s : pattern.signals()) {
            for (int number : s.incidents()) {
                significance.computeIfAbsent(number, k -> new LinkedHashSet<>()).add(Messages.get(s.kind().labelKey()));
            }
        }
        // Labels are looked up once per call, not once per row: a long log has thousands of rows.
        Map<Behaviour, String> behaviourLabels = new EnumMap<>(Behaviour.class);
        for (Behaviour b : Behaviour.values()) {
            behaviourLabels.put(b, Messages.get(b.labelKey()));
        }
        Map<String, String> sources = new HashMap<>();
        String amended = " (" + Messages.get("chronology.incident.amended") + ")";
        String reference = Messages.get("chronology.incident.reference", "#");
        List<ChronologyEntry> out = new ArrayList<>();
        for (IncidentSummary i : pattern.incidents()) {
            String behaviours = i.behaviours().stream().map(behaviourLabels::get).collect(Collectors.joining("; "));
            String event = i.summary().isEmpty() ? behaviours : behaviours + " — " + i.summary();
            String source = sources.computeIfAbsent(i.source() + "/" + i.recordedBy(), k -> Messages.get(
                    "chronology.incident.source", Messages.get(i.source().labelKey()), i.recordedBy()))
                    + (i.amended() ? amended : "");
            out.add(new ChronologyEntry(i.occurredOn(), i.occurredAt(), i.approximate(), EventKind.INCIDENT,
                    reference.replace("#", Integer.toString(i.number())), event, source,
                    String.join("; ", significance.getOrDefault(i.number(), Set.of())),
                    byIncident.getOrDefault(i.id(), List.of()), i.id()));
        }
        for (ExhibitSummary e : evidence) {
            out.add(new ChronologyEntry(e.receivedAt().atZone(zone).toLocalDate(),
                    e.receivedAt().atZone(zone).toLocalTime().withSecond(0).withNano(0), false, EventKind.EXHIBIT,
                    e.reference(), Messages.get("chronology.exhibit.event", e.description().isEmpty()
                    ? e.fileName() : e.description()), e.receivedBy(), "", List.of(label(e)), e.id()));
        }
        return out;
    }

    private static String label(ExhibitSummary e) {
        return e.damaged() ? e.reference() + " (" + Messages.get("exhibit.damagedMark") + ")" : e.reference();
    }
}
