package org.casefile.evidence;

/**
 * What the caseworker says about a file when it is taken in.
 *
 * @param producerInitials the initials of the person producing the exhibit: its reference is {@code JS/3}
 * @param incidentId       the incident it belongs to, or null for evidence about the case as a whole
 */
public record Intake(String producerInitials, Long incidentId, Acquisition acquisition, String description) {
    public Intake {
        producerInitials = producerInitials == null ? "" : producerInitials.strip().toUpperCase(java.util.Locale.ROOT);
        acquisition = acquisition == null ? Acquisition.NONE : acquisition;
        description = description == null ? "" : description.strip();
    }
}
