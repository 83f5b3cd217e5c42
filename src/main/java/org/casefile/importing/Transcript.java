package org.casefile.importing;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casefile.Messages;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRules;
import org.casefile.incident.Place;
import org.casefile.incident.PoliceReport;
import org.casefile.incident.Source;

/** A proposal as the incident it becomes: the messages word for word as the verbatim account, with their times. */
public final class Transcript {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private Transcript() {
    }

    /** @param exhibitReference the stored original's reference (JS/4), named in the description */
    public static IncidentDraft draft(Proposal p, ImportFormat format, String exhibitReference) {
        ImportedMessage first = p.messages().getFirst();
        boolean diary = first.kind() == MessageKind.DIARY;
        boolean timeKnown = !"no".equals(first.headers().get("TimeKnown"));
        LocalTime startTime = diary && !timeKnown ? null : p.start().toLocalTime().withNano(0);
        java.time.LocalDate endDay = null;
        LocalTime endTime = null;
        if (!p.end().equals(p.start())) {
            endTime = p.end().toLocalTime().withNano(0);
            if (!p.end().toLocalDate().equals(p.start().toLocalDate())) {
                endDay = p.end().toLocalDate();
            }
        }
        String verbatim = diary ? "" : verbatim(p.messages());
        String description = diary ? first.text()
                : Messages.get("import.description", p.messages().size(), Messages.get(format.labelKey()),
                        exhibitReference, p.firstPosition(), p.lastPosition());
        if (description.length() > IncidentRules.MAX_TEXT) {
            description = description.substring(0, IncidentRules.MAX_TEXT - 1) + "…";
        }
        String where = diary ? first.headers().getOrDefault("Where", "") : "";
        if (where.length() > IncidentRules.MAX_SHORT) {
            where = where.substring(0, IncidentRules.MAX_SHORT);
        }
        String witnesses = diary ? first.headers().getOrDefault("Witnesses", "") : "";
        if (witnesses.length() > IncidentRules.MAX_SHORT * 10) {
            witnesses = witnesses.substring(0, IncidentRules.MAX_SHORT * 10);
        }
        return new IncidentDraft(p.start().toLocalDate(), startTime, endDay, endTime, false, p.behaviours(), p.channel(),
                Place.UNKNOWN, where, p.perpetratorId() == null ? List.of() : List.of(p.perpetratorId()), verbatim,
                description, "", false, witnesses, false, Source.IMPORTED, PoliceReport.NONE, null);
    }

    static String verbatim(List<ImportedMessage> messages) {
        StringBuilder b = new StringBuilder();
        for (ImportedMessage m : messages) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append('[').append(STAMP.format(m.at())).append("] ").append(m.who()).append(": ");
            String subject = m.headers().get("Subject");
            if (subject != null && !subject.isEmpty()) {
                b.append(Messages.get("import.transcript.subject", subject)).append('\n');
            }
            switch (m.kind()) {
                case CALL, MISSED_CALL, MEDIA_OMITTED, DELETED -> b.append('(').append(Messages.get(m.kind().labelKey()))
                        .append(')').append(m.text().isEmpty() ? "" : " " + m.text());
                default -> b.append(m.text());
            }
            for (Attachment a : m.attachments()) {
                b.append(' ').append(Messages.get("import.transcript.attachment", a.name()));
            }
        }
        if (b.length() > IncidentRules.MAX_VERBATIM) {
            b.setLength(IncidentRules.MAX_VERBATIM - 1);
            b.append('…');
        }
        return b.toString();
    }
}
