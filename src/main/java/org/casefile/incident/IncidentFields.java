package org.casefile.incident;

import org.casefile.Dates;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.casefile.Messages;

/**
 * An incident's content as labelled lines, for reading it on screen, comparing two versions and printing it.
 * Pure: a draft in, words out.
 */
public final class IncidentFields {

    private IncidentFields() {
    }

    /** One labelled line. {@code key} is the label's message key. */
    public record Field(String key, String value) {
    }

    /** A field whose value differs between two versions. */
    public record Change(String key, String before, String after) {
    }

    public static List<Field> of(IncidentDraft d, Map<Long, String> perpetratorNames) {
        return of(d, perpetratorNames, Map.of());
    }

    /** As {@link #of(IncidentDraft, Map)}, naming the order breached from {@code orderNames} (id → label). */
    public static List<Field> of(IncidentDraft d, Map<Long, String> perpetratorNames, Map<Long, String> orderNames) {
        List<Field> out = new ArrayList<>();
        out.add(new Field("incident.field.when", when(d)));
        out.add(new Field("incident.field.behaviours", d.behavioursInOrder().stream()
                .map(b -> Messages.get(b.labelKey())).collect(Collectors.joining("; "))));
        out.add(new Field("incident.field.perpetrators", d.perpetratorUnknown() ? Messages.get("incident.perpetratorUnknown")
                : d.perpetratorIds().stream().map(id -> perpetratorNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "))));
        out.add(new Field("incident.field.channel", Messages.get(d.channel().labelKey())));
        out.add(new Field("incident.field.place", d.location().isEmpty() ? Messages.get(d.place().labelKey())
                : Messages.get(d.place().labelKey()) + " — " + d.location()));
        out.add(new Field("incident.field.verbatim", d.verbatim()));
        out.add(new Field("incident.field.description", d.description()));
        out.add(new Field("incident.field.impact", d.impact()));
        out.add(new Field("incident.field.afraid", Messages.get(d.clientAfraid() ? "incident.yes" : "incident.no")));
        out.add(new Field("incident.field.witnesses", d.witnesses()));
        out.add(new Field("incident.field.children", Messages.get(d.childrenInvolved() ? "incident.yes" : "incident.no")));
        out.add(new Field("incident.field.source", Messages.get(d.source().labelKey())));
        out.add(new Field("incident.field.police", police(d.police())));
        out.add(new Field("incident.field.order", d.orderId() == null ? ""
                : orderNames.getOrDefault(d.orderId(), Messages.get("incident.field.orderOnFile"))));
        return out;
    }

    /** The fields that differ from {@code before} to {@code after}, in form order. */
    public static List<Change> changes(IncidentDraft before, IncidentDraft after, Map<Long, String> perpetratorNames) {
        return changes(before, after, perpetratorNames, Map.of());
    }

    /** As {@link #changes(IncidentDraft, IncidentDraft, Map)}, naming orders from {@code orderNames}. */
    public static List<Change> changes(IncidentDraft before, IncidentDraft after, Map<Long, String> perpetratorNames,
                                       Map<Long, String> orderNames) {
        List<Field> a = of(before, perpetratorNames, orderNames);
        List<Field> b = of(after, perpetratorNames, orderNames);
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).value(), b.get(i).value())) {
                out.add(new Change(a.get(i).key(), a.get(i).value(), b.get(i).value()));
            }
        }
        return out;
    }

    public static String when(IncidentDraft d) {
        StringBuilder s = new StringBuilder(Dates.day().format(d.occurredOn()));
        if (d.occurredAt() != null) {
            s.append(' ').append(d.occurredAt());
        }
        if (d.endedOn() != null || d.endedAt() != null) {
            s.append(" – ");
            if (d.endedOn() != null) {
                s.append(Dates.day().format(d.endedOn()));
            }
            if (d.endedAt() != null) {
                s.append(d.endedOn() != null ? " " : "").append(d.endedAt());
            }
        }
        if (d.approximate()) {
            s.append(" (").append(Messages.get("incident.approximate")).append(')');
        }
        return s.toString();
    }

    private static String police(PoliceReport p) {
        if (!p.reported()) {
            return Messages.get("incident.police.notReported");
        }
        return Messages.get("incident.police.reported", p.force().isEmpty() ? "—" : p.force(),
                p.crimeReference().isEmpty() ? "—" : p.crimeReference(), p.officer().isEmpty() ? "—" : p.officer());
    }
}
