package org.casefile.incident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks an incident must pass, shared by the form (as the person types) and the service (before saving). */
public final class IncidentRules {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_VERBATIM = 20_000;
    public static final int MAX_SHORT = 200;

    private IncidentRules() {
    }

    /** Field name → message key for every problem; empty when the draft can be saved. */
    public static Map<String, String> problems(IncidentDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.occurredOn() == null) {
            out.put("occurredOn", "incident.invalid.dateRequired");
        } else if (d.occurredOn().isAfter(today)) {
            out.put("occurredOn", "incident.invalid.future");
        }
        if (d.endedOn() != null && d.occurredOn() != null) {
            LocalDateTime start = d.occurredOn().atTime(d.occurredAt() == null ? LocalTime.MIN : d.occurredAt());
            LocalDateTime end = d.endedOn().atTime(d.endedAt() == null ? LocalTime.MAX : d.endedAt());
            if (end.isBefore(start)) {
                out.put("endedOn", "incident.invalid.endBeforeStart");
            } else if (d.endedOn().isAfter(today)) {
                out.put("endedOn", "incident.invalid.future");
            }
        }
        if (d.endedAt() != null && d.endedOn() == null && d.occurredAt() != null && d.endedAt().isBefore(d.occurredAt())) {
            out.put("endedAt", "incident.invalid.endBeforeStart");
        }
        if (d.behaviours().isEmpty()) {
            out.put("behaviours", "incident.invalid.behaviourRequired");
        }
        if (d.description().isEmpty() && d.verbatim().isBlank()) {
            out.put("description", "incident.invalid.descriptionRequired");
        }
        tooLong(out, "description", d.description(), MAX_TEXT);
        tooLong(out, "verbatim", d.verbatim(), MAX_VERBATIM);
        tooLong(out, "impact", d.impact(), MAX_TEXT);
        tooLong(out, "witnesses", d.witnesses(), MAX_SHORT * 10);
        tooLong(out, "location", d.location(), MAX_SHORT);
        PoliceReport p = d.police();
        if (!p.reported() && !(p.force().isEmpty() && p.crimeReference().isEmpty() && p.officer().isEmpty())) {
            out.put("policeReported", "incident.invalid.policeNotReported");
        }
        tooLong(out, "policeForce", p.force(), 100);
        tooLong(out, "crimeReference", p.crimeReference(), 40);
        tooLong(out, "officer", p.officer(), MAX_SHORT);
        return out;
    }

    private static void tooLong(Map<String, String> out, String field, String value, int max) {
        if (value.length() > max) {
            out.putIfAbsent(field, "incident.invalid.tooLong");
        }
    }
}
